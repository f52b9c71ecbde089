import Foundation
import Profiles

// Target profile: ProfileLoader (YAML through Yams, inherits:, layer merge, secrets, checks) on profile files.
//
// Input: up to four files separated by NUL bytes (which YAML text cannot hold): profile.yaml, school.yaml,
// district.yaml and secrets.yaml (0600, in VALISE_HOME), all in one private folder made per process. A profile
// that loads is also rendered and names a tablet; when it has parent layers the folder is checked as a library.

/// In /dev/shm when there is one: every input rewrites four files, which costs less in memory than on a disk.
private let folder = URL(
    fileURLWithPath: FileManager.default.isWritableFile(atPath: "/dev/shm")
        ? "/dev/shm" : FileManager.default.temporaryDirectory.path, isDirectory: true)
    .appendingPathComponent("valise-fuzz-profile-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
private let names = ["profile.yaml", "school.yaml", "district.yaml", "secrets.yaml"]
private let paths = names.map { folder.appendingPathComponent($0).path }

/// Made on first use; removed when the fuzzer exits.
private let ready: Bool = {
    try? FileManager.default.removeItem(at: folder)
    let made = (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil
    atexit { try? FileManager.default.removeItem(at: folder) }
    return made
}()

private let loader = ProfileLoader(environment: [
    "VALISE_HOME": folder.path, "HOME": folder.path,
    "VALISE_DEMO_WIFI_PSK": "valise-demo-wifi", "WIFI_PSK": "correct horse battery", "EAP_PASSWORD": "s3cret!",
])

/// Writes a file with plain POSIX calls: FileManager's atomic write syncs to disk, which made runs 50 times slower.
private func write(_ bytes: ArraySlice<UInt8>, to path: String, mode: mode_t) -> Bool {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    return bytes.withUnsafeBytes { buffer in
        buffer.isEmpty || Foundation.write(descriptor, buffer.baseAddress, buffer.count) == buffer.count
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    require(ready, "cannot create \(folder.path)")
    let parts = FuzzInput(data, size).remaining
        .split(separator: 0, maxSplits: names.count - 1, omittingEmptySubsequences: false)
    for (index, path) in paths.enumerated() {
        unlink(path)
        guard index < parts.count else { continue }
        require(write(parts[index], to: path, mode: index == 3 ? 0o600 : 0o644), "cannot write \(path)")
    }

    let url = folder.appendingPathComponent(names[0])
    switch loader.load(url) {
    case .success(let profile):
        _ = ProfileRenderer.render(resolved: profile, relativeTo: folder)
        for slot in [1, 12, 99] { _ = profile.tabletName(slot: slot, serial: "R52N80ABCDE") }
        _ = profile.unitName
    case .failure(let errors):
        require(!errors.diagnostics.isEmpty, "a profile failed without a diagnostic")
        _ = errors.description
    }
    if parts.count > 1 {
        for diagnostic in loader.check([folder]) { _ = diagnostic.description }
        _ = ProfileLibrary(root: folder).profile(forClass: "5A", loader: loader)
    }
    return 0
}
