import Foundation

/// A thread as Linux sees it, so a test can wait for another thread to block on a lock: an event the blocked thread
/// cannot signal itself. Read from `/proc/self/task/TID/syscall` (the system call a sleeping thread is in).
public struct KernelThread: Sendable {
    /// `/proc/PID/task/TID`.
    public let path: String

    /// The calling thread.
    public static func current() throws -> KernelThread {
        // "/proc/thread-self" links to "PID/task/TID".
        KernelThread(path: "/proc/" + (try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/thread-self")))
    }

    /// Whether it sleeps in `futex` waiting (a mutex, a condition or a semaphore), not waking another thread.
    public var isWaitingOnFutex: Bool {
        guard let text = try? String(contentsOfFile: path + "/syscall", encoding: .utf8) else { return false }
        let fields = text.split(separator: " ")
        // "running" while it runs; else the call's number, then its arguments (the futex operation is the second).
        guard fields.count > 2, Int(fields[0]) == Self.futex, let operation = Int(fields[2].dropFirst(2), radix: 16) else { return false }
        // FUTEX_WAIT, FUTEX_LOCK_PI, FUTEX_WAIT_BITSET, FUTEX_WAIT_REQUEUE_PI, FUTEX_LOCK_PI2 (without the private and clock flags).
        return [0, 6, 9, 11, 13].contains(operation & 0x7f)
    }

    #if arch(x86_64)
    static let futex = 202
    #elseif arch(arm64)
    static let futex = 98
    #else
    static let futex = -1
    #endif
}
