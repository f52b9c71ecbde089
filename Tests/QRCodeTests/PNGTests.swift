import Foundation
import Testing
import TestSupport

@testable import QRCode

/// Parses the PNG back with code independent of the writer's.
@Suite struct PNGTests {
    struct Chunk {
        let type: String
        let data: [UInt8]
        let crc: UInt32
    }

    /// Bit-by-bit CRC-32 (no table), to check the writer's table-driven one.
    static func slowCRC32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = (crc >> 1) ^ (crc & 1 == 1 ? 0xEDB8_8320 : 0) }
        }
        return ~crc
    }

    static func bigEndian(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        bytes.reduce(0) { $0 << 8 | UInt32($1) }
    }

    static func chunks(_ png: [UInt8]) throws -> [Chunk] {
        try #require(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var result: [Chunk] = []
        var offset = 8
        while offset < png.count {
            try #require(offset + 12 <= png.count)
            let length = Int(bigEndian(png[offset..<(offset + 4)]))
            try #require(offset + 12 + length <= png.count)
            let type = String(decoding: png[(offset + 4)..<(offset + 8)], as: UTF8.self)
            let data = Array(png[(offset + 8)..<(offset + 8 + length)])
            let crc = bigEndian(png[(offset + 8 + length)..<(offset + 12 + length)])
            result.append(Chunk(type: type, data: data, crc: crc))
            offset += 12 + length
        }
        return result
    }

    /// Inflates a zlib stream made only of stored blocks, checking every header field and the Adler-32.
    static func inflateStored(_ stream: [UInt8]) throws -> [UInt8] {
        try #require(stream.count >= 6)
        #expect(stream[0] & 0x0F == 8, "CM = deflate")
        #expect((Int(stream[0]) << 8 | Int(stream[1])) % 31 == 0, "FCHECK")
        #expect(stream[1] & 0x20 == 0, "no preset dictionary")
        var output: [UInt8] = []
        var offset = 2
        var final = false
        while !final {
            try #require(offset + 5 <= stream.count)
            final = stream[offset] & 1 == 1
            try #require(stream[offset] >> 1 == 0, "BTYPE 00 (stored)")
            let length = Int(stream[offset + 1]) | Int(stream[offset + 2]) << 8
            let complement = Int(stream[offset + 3]) | Int(stream[offset + 4]) << 8
            try #require(length ^ complement == 0xFFFF, "NLEN is the complement of LEN")
            try #require(offset + 5 + length <= stream.count)
            output += stream[(offset + 5)..<(offset + 5 + length)]
            offset += 5 + length
        }
        try #require(offset + 4 == stream.count, "Adler-32 ends the stream")
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in output { a = (a + UInt32(byte)) % 65521; b = (b + a) % 65521 }
        #expect(bigEndian(stream[offset...]) == b << 16 | a, "Adler-32")
        return output
    }

    @Test func checksumsMatchKnownValues() {
        #expect(PNG.crc32(Array("IEND".utf8)) == 0xAE42_6082)
        #expect(PNG.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(PNG.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398)
    }

    @Test(arguments: [(20, 1), (200, 3), (2000, 8)])
    func structureAndPixels(length: Int, scale: Int) throws {
        let code = try QRCode.encode(String(repeating: "Valise ", count: length / 7), correction: .low)
        let png = code.png(scale: scale)
        let chunks = try Self.chunks(png)
        #expect(chunks.map(\.type) == ["IHDR", "IDAT", "IEND"])
        for chunk in chunks {
            #expect(chunk.crc == Self.slowCRC32(Array(chunk.type.utf8) + chunk.data), "CRC of \(chunk.type)")
        }
        let header = try #require(chunks.first?.data)
        let side = (code.size + 8) * scale
        #expect(header.count == 13)
        #expect(Self.bigEndian(header[0..<4]) == UInt32(side) && Self.bigEndian(header[4..<8]) == UInt32(side))
        #expect(Array(header[8...]) == [1, 0, 0, 0, 0], "1-bit grayscale, no interlace")

        let raw = try Self.inflateStored(chunks[1].data)
        let rowBytes = (side + 7) / 8
        try #require(raw.count == side * (rowBytes + 1))
        #expect(chunks[1].data.count > 65535 || raw.count <= 65535, "large images use several blocks")
        for py in 0..<side {
            let row = raw[(py * (rowBytes + 1))...]
            #expect(row.first == 0, "filter byte")
            for px in 0..<side {
                let white = row[row.startIndex + 1 + px / 8] & (0x80 >> UInt8(px % 8)) != 0
                let dark = code.isDark(x: px / scale - 4, y: py / scale - 4)
                if white == dark { Issue.record("pixel (\(px), \(py))"); return }
            }
        }
    }

    /// Cross-check with Python's zlib (zbar decoding checks the PNG too).
    @Test func pythonZlibAgrees() throws {
        let python = try Tools.locate("python3", package: "python3")
        let code = try QRCode.encode(String(repeating: "é", count: 900), correction: .medium)
        let png = code.png(scale: 8)
        let script = """
            import sys, zlib, struct
            d = sys.stdin.buffer.read(); i = 8; idat = b""
            while i < len(d):
                n, = struct.unpack(">I", d[i:i+4]); t = d[i+4:i+8]; body = d[i+8:i+8+n]
                assert struct.unpack(">I", d[i+8+n:i+12+n])[0] == zlib.crc32(t + body), t
                if t == b"IDAT": idat += body
                i += 12 + n
            print(len(zlib.decompress(idat)))
            """
        let result = try Tools.run(python, ["-c", script], stdin: png)
        #expect(result.status == 0, "\(result.stderr)")
        let side = (code.size + 8) * 8
        #expect(String(decoding: result.stdout, as: UTF8.self) == "\(side * ((side + 7) / 8 + 1))\n")
    }
}
