import Diagnostics

/// A ustar reader fed bytes as they are read: entry headers, then their data in the chunks that arrived, so an
/// entry is never held whole. Sans-I/O.
public struct TarStreamReader: Sendable {
    /// What the archive holds, in order.
    public enum Event: Sendable, Equatable {
        /// A regular file begins.
        case entry(name: String, size: Int)
        /// Some of its bytes.
        case data([UInt8])
        /// It ended.
        case entryEnd
        /// The archive's end marker (a zero block).
        case end
    }

    private enum Phase: Sendable { case header, data(left: Int, padding: Int, regular: Bool), padding(Int), ended }
    private var buffer: [UInt8] = []
    private var start = 0
    private var phase = Phase.header
    /// Bytes consumed so far.
    public private(set) var offset = 0

    /// A reader at the archive's start.
    public init() {}

    /// Bytes buffered and not decoded yet.
    public var bufferedCount: Int { buffer.count - start }

    /// Adds bytes read from the archive.
    public mutating func append<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        if start > 0 { buffer.removeFirst(start); start = 0 }
        buffer.append(contentsOf: bytes)
    }

    /// The next event, nil when more bytes are needed.
    public mutating func next() throws(SamsungPackageProblem) -> Event? {
        while true {
            switch phase {
            case .ended:
                consume(bufferedCount)    // the second zero block and any padding after it
                return nil
            case .padding(let left):
                let skip = min(left, bufferedCount)
                consume(skip)
                if skip < left { phase = .padding(left - skip); return nil }
                phase = .header
            case let .data(left, padding, regular):
                if left == 0 {
                    phase = .padding(padding)
                    if regular { return .entryEnd }
                    continue
                }
                guard bufferedCount > 0 else { return nil }
                let count = min(left, bufferedCount)
                let bytes = Array(buffer[start..<(start + count)])
                consume(count)
                phase = .data(left: left - count, padding: padding, regular: regular)
                if regular { return .data(bytes) }
            case .header:
                guard bufferedCount >= 512 else { return nil }
                let header = Array(buffer[start..<(start + 512)])
                consume(512)
                if header.allSatisfy({ $0 == 0 }) {
                    phase = .ended
                    return .end
                }
                let entry = try Self.parse(header)
                let padding = (512 - entry.size % 512) % 512
                phase = .data(left: entry.size, padding: padding, regular: entry.regular)
                if entry.regular { return .entry(name: entry.name, size: entry.size) }
            }
        }
    }

    /// The archive ended here: anything but a complete archive is truncated.
    public func finish() throws(SamsungPackageProblem) {
        switch phase {
        case .ended: return
        case .header where bufferedCount == 0 && offset > 0: return    // no end marker: tolerated, as GNU tar does
        default: throw .truncatedTar(offset: offset)
        }
    }

    private mutating func consume(_ count: Int) {
        start += count
        offset += count
    }

    private static func parse(_ header: [UInt8]) throws(SamsungPackageProblem) -> (name: String, size: Int, regular: Bool) {
        func text(_ range: Range<Int>) -> String { String(decoding: header[range].prefix { $0 != 0 }, as: UTF8.self) }
        let stored = Int(text(148..<156).trimmingSpacesAndNUL(), radix: 8)
        var sum = 0
        for (index, byte) in header.enumerated() { sum += (148..<156).contains(index) ? 0x20 : Int(byte) }
        guard stored == sum else { throw .badTar(Say.packageTarChecksum) }
        guard let size = Int(text(124..<136).trimmingSpacesAndNUL(), radix: 8), size >= 0 else {
            throw .badTar(Say.packageTarSizeUnreadable)
        }
        let prefix = text(345..<500)
        let name = prefix.isEmpty ? text(0..<100) : prefix + "/" + text(0..<100)
        let type = header[156]
        return (name, size, type == 0x30 || type == 0)
    }
}

extension String {
    func trimmingSpacesAndNUL() -> String {
        String(unicodeScalars.filter { $0 != " " && $0 != "\0" })
    }
}
