import Foundation

/// Reads whole files like `FileManager.contents(atPath:)`, without its leak on Linux.
///
/// swift-foundation reads a file whose size is 0 (an empty file, or one in /proc) into a 4 KB buffer and,
/// when nothing comes, loses that buffer: every read of an empty profile layer or secrets file leaked 4 KB,
/// which made a long-lived process (and the `profile` fuzzer) grow without bound. Such files are read
/// through a `FileHandle` instead; every other file still goes through `FileManager`.
enum FileContents {
    /// The bytes of the file at `path`, or nil when it does not exist or cannot be read.
    static func read(atPath path: String) -> Data? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size == 0 else {
            return FileManager.default.contents(atPath: path)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            return nil
        }
    }
}
