import Foundation

/// Where a flash reads an image's bytes: the file itself, or a reader of an image shared by several tablets.
public protocol ImageSource: AnyObject, Sendable {
    /// Up to `count` bytes at `offset` (fewer only at the end of the file).
    func read(at offset: UInt64, count: Int) throws -> [UInt8]
    /// Reads are fastest when they do not cross a multiple of this.
    var alignment: Int { get }
    /// The flash is over: the source is no longer read.
    func finish()
}

/// An image file read with pread.
///
/// Thread safety: pread does not share a file position, so reads may come from any thread.
public final class FileImageSource: ImageSource, @unchecked Sendable {
    /// The file.
    public let url: URL
    private let descriptor: Int32

    /// Opens `url` for reading.
    public init(url: URL) throws {
        self.url = url
        descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: url.path]) }
    }

    deinit { close(descriptor) }

    public var alignment: Int { 1 << 20 }

    public func read(at offset: UInt64, count: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress.map { $0 + done }, count - done, off_t(offset) + off_t(done))
            }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
            if got == 0 { break }
            done += got
        }
        if done < count { bytes.removeLast(count - done) }
        return bytes
    }

    public func finish() {}
}
