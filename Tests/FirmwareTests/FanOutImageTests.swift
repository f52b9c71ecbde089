@testable import Firmware
import Dispatch
import Foundation
import Testing

/// One image read once for every tablet, with a bounded number of chunks in memory.
@Suite struct FanOutImageTests {
    static func file(_ size: Int) throws -> (URL, [UInt8]) {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let bytes = (0..<size).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fanout-\(UUID().uuidString).img")
        try Data(bytes).write(to: url)
        return (url, bytes)
    }

    @Test func everyReaderGetsEveryByteWhileEachChunkIsReadOnce() throws {
        let (url, bytes) = try Self.file(3 << 20 + 12_345)
        defer { try? FileManager.default.removeItem(at: url) }
        let image = try FanOutImage(url: url, readers: 4, chunkSize: 64 << 10, window: 4)
        let received = (0..<4).map { _ in LockedBytes() }
        let group = DispatchGroup()
        for index in 0..<4 {
            DispatchQueue(label: "reader \(index)").async(group: group) {
                let reader = image.reader(index)
                var offset: UInt64 = 0
                // Readers ask in different sizes (never across a chunk) and at different speeds.
                let step = [65_536, 4096, 10_000, 65_536][index]
                while true {
                    let within = Int(offset % 65_536)
                    guard let piece = try? reader.read(at: offset, count: min(step, 65_536 - within)), !piece.isEmpty else { break }
                    received[index].append(piece)
                    offset += UInt64(piece.count)
                    if index == 2 { usleep(50) }
                }
                reader.finish()
            }
        }
        #expect(group.wait(timeout: .now() + 60) == .success)
        for index in 0..<4 { #expect(received[index].bytes == bytes) }
        let stats = image.statistics
        #expect(stats.chunkReads == (bytes.count + 65_535) / 65_536) // every chunk once
        #expect(stats.peakChunks <= 4)
    }

    @Test func aReaderThatStopsDoesNotHoldTheOthersAndAGoingBackReaderReadsTheFile() throws {
        let (url, bytes) = try Self.file(1 << 20)
        defer { try? FileManager.default.removeItem(at: url) }
        let image = try FanOutImage(url: url, readers: 2, chunkSize: 4096, window: 2)
        let first = image.reader(0)
        image.reader(1).finish() // refused before any write
        var offset: UInt64 = 0
        while offset < UInt64(bytes.count) {
            offset += UInt64(try first.read(at: offset, count: 4096).count)
        }
        // A retried partition starts again from the beginning: the file is read again for it alone.
        #expect(try first.read(at: 0, count: 4096) == Array(bytes[0..<4096]))
        #expect(image.statistics.peakChunks <= 2)
    }
}

final class LockedBytes: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [UInt8] = []
    func append(_ piece: [UInt8]) { lock.withLock { storage += piece } }
    var bytes: [UInt8] { lock.withLock { storage } }
}
