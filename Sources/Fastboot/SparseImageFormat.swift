/// The Android sparse image format (libsparse `sparse_format.h`); every field little-endian.
public enum SparseImage {
    /// `SPARSE_HEADER_MAGIC`.
    public static let magic: UInt32 = 0xED26_FF3A
    /// The file header's size (`file_hdr_sz`).
    public static let headerSize = 28
    /// A chunk header's size (`chunk_hdr_sz`).
    public static let chunkHeaderSize = 12
    /// The usual block size.
    public static let defaultBlockSize = 4096

    /// Whether `bytes` start like a sparse image.
    public static func isSparse(_ bytes: some Collection<UInt8>) -> Bool {
        let prefix = Array(bytes.prefix(4))
        return prefix.count == 4 && prefix.readLittleEndian(UInt32.self, at: 0) == magic
    }
}

/// A sparse chunk's type.
public enum SparseChunkType: UInt16, Sendable, Equatable {
    /// `chunk_sz` blocks of data follow.
    case raw = 0xCAC1
    /// A 4-byte pattern fills `chunk_sz` blocks.
    case fill = 0xCAC2
    /// `chunk_sz` blocks are left as they are.
    case dontCare = 0xCAC3
    /// A CRC32 of the expanded data so far.
    case crc32 = 0xCAC4
}

/// The 28-byte file header.
public struct SparseImageHeader: Sendable, Equatable {
    /// `major_version` (1; higher is refused).
    public var majorVersion: UInt16 = 1
    /// `minor_version` (0; higher is accepted).
    public var minorVersion: UInt16 = 0
    /// `file_hdr_sz` (28, or more with extra bytes to skip).
    public var fileHeaderSize: UInt16 = UInt16(SparseImage.headerSize)
    /// `chunk_hdr_sz` (12, or more).
    public var chunkHeaderSize: UInt16 = UInt16(SparseImage.chunkHeaderSize)
    /// `blk_sz`: a non-zero multiple of 4.
    public var blockSize: UInt32
    /// `total_blks`: blocks in the expanded image.
    public var totalBlocks: UInt32
    /// `total_chunks`.
    public var totalChunks: UInt32
    /// `image_checksum` (usually 0; not checked).
    public var imageChecksum: UInt32 = 0

    /// A version 1.0 header.
    public init(blockSize: UInt32, totalBlocks: UInt32, totalChunks: UInt32, imageChecksum: UInt32 = 0) {
        self.blockSize = blockSize
        self.totalBlocks = totalBlocks
        self.totalChunks = totalChunks
        self.imageChecksum = imageChecksum
    }

    /// Reads and checks a header from its first 28 bytes.
    public init(parsing bytes: [UInt8]) throws(FastbootProtocolError) {
        guard bytes.count >= SparseImage.headerSize else { throw .badSparseImage("header of \(bytes.count) bytes") }
        guard bytes.readLittleEndian(UInt32.self, at: 0) == SparseImage.magic else { throw .badSparseImage("bad magic") }
        majorVersion = bytes.readLittleEndian(UInt16.self, at: 4)
        minorVersion = bytes.readLittleEndian(UInt16.self, at: 6)
        fileHeaderSize = bytes.readLittleEndian(UInt16.self, at: 8)
        chunkHeaderSize = bytes.readLittleEndian(UInt16.self, at: 10)
        blockSize = bytes.readLittleEndian(UInt32.self, at: 12)
        totalBlocks = bytes.readLittleEndian(UInt32.self, at: 16)
        totalChunks = bytes.readLittleEndian(UInt32.self, at: 20)
        imageChecksum = bytes.readLittleEndian(UInt32.self, at: 24)
        guard majorVersion == 1 else { throw .badSparseImage("major version \(majorVersion) (only 1 is known)") }
        guard Int(fileHeaderSize) >= SparseImage.headerSize else { throw .badSparseImage("file header size \(fileHeaderSize)") }
        guard Int(chunkHeaderSize) >= SparseImage.chunkHeaderSize else { throw .badSparseImage("chunk header size \(chunkHeaderSize)") }
        guard blockSize > 0, blockSize % 4 == 0 else { throw .badSparseImage("block size \(blockSize) is not a multiple of 4") }
    }

    /// The 28 bytes (always written with the standard header sizes).
    public func encoded() -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(SparseImage.headerSize)
        bytes.appendLittleEndian(SparseImage.magic)
        bytes.appendLittleEndian(majorVersion)
        bytes.appendLittleEndian(minorVersion)
        bytes.appendLittleEndian(UInt16(SparseImage.headerSize))
        bytes.appendLittleEndian(UInt16(SparseImage.chunkHeaderSize))
        bytes.appendLittleEndian(blockSize)
        bytes.appendLittleEndian(totalBlocks)
        bytes.appendLittleEndian(totalChunks)
        bytes.appendLittleEndian(imageChecksum)
        return bytes
    }

    /// Bytes of the expanded image.
    public var expandedSize: UInt64 { UInt64(totalBlocks) * UInt64(blockSize) }
}

/// The 12-byte chunk header.
public struct SparseChunkHeader: Sendable, Equatable {
    /// `chunk_type`.
    public var type: SparseChunkType
    /// `chunk_sz`: output blocks.
    public var blocks: UInt32
    /// `total_sz`: input bytes including this header.
    public var totalSize: UInt32

    /// Creates a header.
    public init(type: SparseChunkType, blocks: UInt32, totalSize: UInt32) {
        self.type = type
        self.blocks = blocks
        self.totalSize = totalSize
    }

    /// Reads a header from its first 12 bytes.
    public init(parsing bytes: [UInt8]) throws(FastbootProtocolError) {
        guard bytes.count >= SparseImage.chunkHeaderSize else { throw .badSparseImage("chunk header of \(bytes.count) bytes") }
        let raw = bytes.readLittleEndian(UInt16.self, at: 0)
        guard let type = SparseChunkType(rawValue: raw) else {
            throw .badSparseImage("unknown chunk type 0x\(String(raw, radix: 16))")
        }
        self.type = type
        blocks = bytes.readLittleEndian(UInt32.self, at: 4)
        totalSize = bytes.readLittleEndian(UInt32.self, at: 8)
    }

    /// The 12 bytes.
    public func encoded() -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(SparseImage.chunkHeaderSize)
        bytes.appendLittleEndian(type.rawValue)
        bytes.appendLittleEndian(UInt16(0))
        bytes.appendLittleEndian(blocks)
        bytes.appendLittleEndian(totalSize)
        return bytes
    }
}
