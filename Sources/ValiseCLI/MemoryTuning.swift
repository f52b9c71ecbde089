#if canImport(Glibc)
import Glibc
#endif

/// How the C library's allocator treats large buffers, set once when `valise` starts.
///
/// By default glibc maps fresh pages for every allocation over 128 KiB and unmaps them when freed, and gives back the
/// top of a heap once 128 KiB of it are free: every ADB packet of up to 1 MiB (an APK's, a flash image's) then costs a
/// page fault for each 4 KiB, zeroed by the kernel, on both sides of the link. Profiled on a case of 32 simulated
/// tablets, that was a sixth of the simulator's CPU and a twentieth of Valise's. Buffers of up to 8 MiB now come from
/// the heap and are reused, and up to 64 MiB of freed heap stay for the next ones.
enum MemoryTuning {
    /// `mallopt`'s parameters (glibc's `<malloc.h>`, a stable ABI: mallopt(3)).
    private static let trimThreshold: Int32 = -1
    private static let mmapThreshold: Int32 = -3

    static func apply() {
        #if canImport(Glibc)
        // `<malloc.h>` is not part of Swift's Glibc module: the function is looked up by name.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        _ = mallopt(mmapThreshold, 8 << 20)
        _ = mallopt(trimThreshold, 64 << 20)
        #endif
    }
}
