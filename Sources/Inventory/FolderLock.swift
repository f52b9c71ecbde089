import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// An advisory lock on the inventory's folder (`flock`), held while the inventory is opened: processes starting
/// together on a new station would otherwise see each other's half-created file (an empty file, or a schema
/// being written) and refuse it. SQLite's own locks (`fcntl`) are separate from `flock`'s, so the two never meet.
struct FolderLock {
    private let descriptor: Int32

    /// Locks `folder` (exclusive to create or migrate, shared to read); nil when the folder cannot be opened
    /// (it does not exist: a read-only open then fails on the file itself, with its own message).
    init?(folder: String, exclusive: Bool) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        while flock(descriptor, exclusive ? LOCK_EX : LOCK_SH) != 0 && errno == EINTR {}
        self.descriptor = descriptor
    }

    /// Gives the lock back.
    func unlock() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
