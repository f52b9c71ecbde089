/// A Partition Information Table: the device's partitions, which file each one takes and where it goes.
///
/// Layout (little-endian): a 28-byte header (magic 0x12349876, entry count, 20 bytes the device keeps) then
/// 132-byte entries. A dumped PIT may be padded after its last entry.
public struct PIT: Sendable, Equatable {
    /// The first four bytes.
    public static let magic: UInt32 = 0x1234_9876
    /// Header bytes.
    public static let headerLength = 28
    /// Bytes per entry.
    public static let entryLength = 132
    /// More entries than any device has: a count above it is a damaged PIT.
    public static let maxEntries = 512

    /// The header's bytes 8…27 (project name and fields the device keeps), carried as they are.
    public var headerExtra: [UInt8]
    /// The partitions.
    public var entries: [PITEntry]

    /// Creates a PIT; `headerExtra` is cut or zero-padded to 20 bytes.
    public init(entries: [PITEntry], headerExtra: [UInt8] = Array("COM_TAR2".utf8)) {
        self.entries = entries
        self.headerExtra = Array((headerExtra + [UInt8](repeating: 0, count: 20)).prefix(20))
    }

    /// The model the header's bytes 20…27 name, when they hold one ("SM-X200"): the simulated tablets put it there;
    /// a real tablet's PIT may name none (nil), and its model then comes from Android before the reboot.
    public var model: String? {
        let field = headerExtra.count >= 20 ? Array(headerExtra[12..<20]) : []
        let text = String(decoding: field.prefix { $0 != 0 }, as: UTF8.self)
        return text.hasPrefix("SM-") && text.count > 3 && text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) ? text : nil
    }

    /// The entry for a partition name (as the PIT spells it).
    public func entry(named name: String) -> PITEntry? { entries.first { $0.partitionName == name } }

    /// The entry whose flash file name is `fileName` (e.g. "boot.img"), ignoring case.
    public func entry(forFile fileName: String) -> PITEntry? {
        let wanted = fileName.lowercased()
        return entries.first { !$0.flashFileName.isEmpty && $0.flashFileName.lowercased() == wanted }
    }

    /// The bytes: header then entries, padded with zeros to `paddedTo` bytes when longer.
    public func encoded(paddedTo: Int = 0) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: Self.headerLength)
        bytes.putLittleEndian(Self.magic, at: 0)
        bytes.putLittleEndian(UInt32(entries.count), at: 4)
        bytes.replaceSubrange(8..<28, with: headerExtra)
        for entry in entries { bytes += entry.encoded() }
        if bytes.count < paddedTo { bytes += [UInt8](repeating: 0, count: paddedTo - bytes.count) }
        return bytes
    }

    /// Reads a PIT.
    public init(parsing bytes: [UInt8]) throws(OdinProtocolError) {
        guard bytes.count >= Self.headerLength else { throw .badPIT("\(bytes.count) bytes, shorter than its header") }
        let magic = bytes.littleEndianU32(at: 0)
        guard magic == Self.magic else { throw .badPIT("magic 0x\(String(magic, radix: 16)) (0x12349876 expected)") }
        let count = Int(bytes.littleEndianU32(at: 4))
        guard count <= Self.maxEntries else { throw .badPIT("\(count) entries (at most \(Self.maxEntries))") }
        guard Self.headerLength + count * Self.entryLength <= bytes.count else {
            throw .badPIT("\(count) entries need \(Self.headerLength + count * Self.entryLength) bytes; it has \(bytes.count)")
        }
        headerExtra = Array(bytes[8..<28])
        entries = (0..<count).map { index in
            let start = Self.headerLength + index * Self.entryLength
            return PITEntry(parsing: Array(bytes[start..<(start + Self.entryLength)]))
        }
    }
}

/// One partition of a PIT.
public struct PITEntry: Sendable, Equatable {
    /// 0: application processor (AP), 1: modem (CP).
    public var binaryType: UInt32
    /// The storage kind (2 NAND, 3 eMMC, 8 UFS …): sent back in the end-of-sequence packet.
    public var deviceType: UInt32
    /// The partition's identifier: sent back in the end-of-sequence packet.
    public var identifier: UInt32
    /// Attribute bits (1 read/write, 2 STL).
    public var attributes: UInt32
    /// Update attribute bits (1 FOTA, 2 secure).
    public var updateAttributes: UInt32
    /// First block.
    public var blockSizeOrOffset: UInt32
    /// Blocks.
    public var blockCount: UInt32
    /// File offset (obsolete).
    public var fileOffset: UInt32
    /// File size (obsolete).
    public var fileSize: UInt32
    /// The partition's name ("BOOT", "SYSTEM"…), at most 31 bytes.
    public var partitionName: String
    /// The file it takes in a firmware package ("boot.img"), at most 31 bytes.
    public var flashFileName: String
    /// The FOTA file name.
    public var fotaFileName: String

    /// Creates an entry.
    public init(binaryType: UInt32 = 0, deviceType: UInt32 = 8, identifier: UInt32, attributes: UInt32 = 5,
                updateAttributes: UInt32 = 1, blockSizeOrOffset: UInt32 = 0, blockCount: UInt32 = 0,
                fileOffset: UInt32 = 0, fileSize: UInt32 = 0, partitionName: String, flashFileName: String,
                fotaFileName: String = "") {
        self.binaryType = binaryType
        self.deviceType = deviceType
        self.identifier = identifier
        self.attributes = attributes
        self.updateAttributes = updateAttributes
        self.blockSizeOrOffset = blockSizeOrOffset
        self.blockCount = blockCount
        self.fileOffset = fileOffset
        self.fileSize = fileSize
        self.partitionName = partitionName
        self.flashFileName = flashFileName
        self.fotaFileName = fotaFileName
    }

    /// Where its file goes.
    public var destination: OdinDestination { binaryType == 1 ? .cp : .ap }

    /// The 132 bytes.
    public func encoded() -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: PIT.entryLength)
        let numbers = [binaryType, deviceType, identifier, attributes, updateAttributes, blockSizeOrOffset, blockCount,
                       fileOffset, fileSize]
        for (index, number) in numbers.enumerated() { bytes.putLittleEndian(number, at: index * 4) }
        for (index, name) in [partitionName, flashFileName, fotaFileName].enumerated() {
            let field = Array(name.utf8.prefix(31))
            bytes.replaceSubrange((36 + index * 32)..<(36 + index * 32 + field.count), with: field)
        }
        return bytes
    }

    /// Reads 132 bytes.
    init(parsing bytes: [UInt8]) {
        func number(_ index: Int) -> UInt32 { bytes.littleEndianU32(at: index * 4) }
        func name(_ index: Int) -> String {
            let field = bytes[(36 + index * 32)..<(36 + index * 32 + 32)]
            return String(decoding: field.prefix { $0 != 0 }, as: UTF8.self)
        }
        self.init(binaryType: number(0), deviceType: number(1), identifier: number(2), attributes: number(3),
                  updateAttributes: number(4), blockSizeOrOffset: number(5), blockCount: number(6),
                  fileOffset: number(7), fileSize: number(8), partitionName: name(0), flashFileName: name(1),
                  fotaFileName: name(2))
    }
}
