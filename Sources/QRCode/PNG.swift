// A minimal PNG writer: 1-bit grayscale, one IDAT holding a zlib stream of stored
// (uncompressed) deflate blocks. RFC 2083 (PNG), RFC 1950 (zlib), RFC 1951 (deflate).

extension QRCode {
    /// The symbol as a 1-bit grayscale PNG, black modules on white, with a 4-module quiet zone
    /// and `scale` pixels per module (values below 1 are treated as 1).
    public func png(scale: Int = 8) -> [UInt8] {
        let scale = max(1, scale)
        let quiet = 4
        let side = (size + 2 * quiet) * scale
        let rowBytes = (side + 7) / 8
        var raw: [UInt8] = []
        raw.reserveCapacity((rowBytes + 1) * side)
        for py in 0..<side {
            raw.append(0) // filter type None
            var row = [UInt8](repeating: 0, count: rowBytes)
            for px in 0..<side where !isDark(x: px / scale - quiet, y: py / scale - quiet) {
                row[px >> 3] |= 0x80 >> UInt8(px & 7) // 1 is white
            }
            raw += row
        }
        var header: [UInt8] = []
        PNG.appendBigEndian(UInt32(side), to: &header)
        PNG.appendBigEndian(UInt32(side), to: &header)
        header += [1, 0, 0, 0, 0] // bit depth 1, grayscale, deflate, adaptive filtering, no interlace
        return PNG.signature + PNG.chunk("IHDR", header) + PNG.chunk("IDAT", PNG.zlibStored(raw))
            + PNG.chunk("IEND", [])
    }
}

/// PNG container helpers.
enum PNG {
    /// The 8-byte PNG file signature.
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Largest payload of one stored deflate block.
    static let maxStoredBlock = 65535

    /// Length, type, data and the CRC-32 of type and data.
    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        var result: [UInt8] = []
        appendBigEndian(UInt32(data.count), to: &result)
        result += typeBytes
        result += data
        appendBigEndian(crc32(typeBytes + data), to: &result)
        return result
    }

    /// A zlib stream (header 78 01, no preset dictionary) of stored deflate blocks and the Adler-32 trailer.
    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var result: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let length = min(maxStoredBlock, data.count - offset)
            let final = offset + length == data.count
            result.append(final ? 1 : 0) // BFINAL, BTYPE = 00
            result += [UInt8(length & 0xFF), UInt8(length >> 8)]
            result += [UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            result += data[offset..<(offset + length)]
            offset += length
        } while offset < data.count
        appendBigEndian(adler32(data), to: &result)
        return result
    }

    static func appendBigEndian(_ value: UInt32, to bytes: inout [UInt8]) {
        bytes += [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    private static let crcTable: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// CRC-32 (ISO 3309, reflected polynomial 0xEDB88320) as used by PNG and zlib.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in bytes { c = crcTable[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }

    /// Adler-32 (RFC 1950).
    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return b << 16 | a
    }
}
