import Foundation

/// Reads the package facts a PackageManager needs from a compiled `AndroidManifest.xml` (Android's binary XML, as
/// `aapt` writes it): the `manifest` element's package, versionCode and versionName, and `uses-sdk`'s levels.
/// Chunks: a string pool (UTF-8 or UTF-16), then start-element chunks whose attributes carry typed values.
/// Anything malformed gives nil (the installer then answers INSTALL_PARSE_FAILED_NO_CERTIFICATES… as Android does).
enum BinaryManifest {
    static let xmlType = 0x0003, stringPoolType = 0x0001, startElementType = 0x0102
    static let typeString = 0x03, typeIntDec = 0x10, typeIntHex = 0x11

    static func parse(_ bytes: [UInt8]) -> PersonaAPKInfo? {
        guard let type = u16(bytes, 0), type == xmlType, let headerSize = u16(bytes, 2) else { return nil }
        var strings: [String] = []
        var manifest: [String: Value] = [:]
        var sdk: [String: Value] = [:]
        var at = headerSize
        while at + 8 <= bytes.count, let chunkType = u16(bytes, at), let size = u32(bytes, at + 4), size >= 8, at + size <= bytes.count {
            if chunkType == stringPoolType {
                strings = stringPool(bytes, at) ?? []
            } else if chunkType == startElementType, let element = element(bytes, at, strings) {
                if element.name == "manifest" { manifest = element.attributes }
                if element.name == "uses-sdk" { sdk = element.attributes }
            }
            at += size
        }
        guard case .string(let package)? = manifest["package"], case .int(let code)? = manifest["versionCode"] else { return nil }
        var versionName = String(code)
        if case .string(let name)? = manifest["versionName"] { versionName = name }
        var minSdk = 1, targetSdk = 1
        if case .int(let level)? = sdk["minSdkVersion"] { minSdk = level }
        if case .int(let level)? = sdk["targetSdkVersion"] { targetSdk = level } else { targetSdk = minSdk }
        return PersonaAPKInfo(package: package, versionCode: code, versionName: versionName, minSdk: minSdk, targetSdk: targetSdk,
                              testOnly: false)
    }

    enum Value: Equatable {
        case string(String)
        case int(Int)
    }

    static func element(_ b: [UInt8], _ at: Int, _ strings: [String]) -> (name: String, attributes: [String: Value])? {
        guard let headerSize = u16(b, at + 2), let nameIndex = u32(b, at + headerSize + 4), nameIndex < strings.count,
              let start = u16(b, at + headerSize + 8), let attributeSize = u16(b, at + headerSize + 10), attributeSize >= 20,
              let count = u16(b, at + headerSize + 12) else { return nil }
        var attributes: [String: Value] = [:]
        for index in 0..<count {
            let a = at + headerSize + start + index * attributeSize
            guard let name = u32(b, a + 4), name < strings.count, let raw = u32(b, a + 8), a + 20 <= b.count,
                  let data = u32(b, a + 16) else { return nil }
            let dataType = Int(b[a + 15])
            if raw != 0xFFFF_FFFF, raw < strings.count {
                attributes[strings[name]] = .string(strings[raw])
            } else if dataType == typeString, data < strings.count {
                attributes[strings[name]] = .string(strings[data])
            } else if dataType == typeIntDec || dataType == typeIntHex {
                attributes[strings[name]] = .int(data)
            }
        }
        return (strings[nameIndex], attributes)
    }

    static func stringPool(_ b: [UInt8], _ at: Int) -> [String]? {
        guard let count = u32(b, at + 8), let flags = u32(b, at + 16), let stringsStart = u32(b, at + 20), count < 100_000 else { return nil }
        let utf8 = flags & 0x100 != 0
        var strings: [String] = []
        for index in 0..<count {
            guard let offset = u32(b, at + 28 + index * 4) else { return nil }
            var p = at + stringsStart + offset
            if utf8 {
                guard let (_, skip) = length8(b, p) else { return nil }
                p += skip
                guard let (bytes, skipBytes) = length8(b, p), p + skipBytes + bytes <= b.count else { return nil }
                p += skipBytes
                strings.append(String(decoding: b[p..<(p + bytes)], as: UTF8.self))
            } else {
                guard var units = u16(b, p) else { return nil }
                p += 2
                if units & 0x8000 != 0 {
                    guard let low = u16(b, p) else { return nil }
                    units = (units & 0x7FFF) << 16 | low
                    p += 2
                }
                guard p + units * 2 <= b.count else { return nil }
                let code = (0..<units).map { UInt16(b[p + $0 * 2]) | UInt16(b[p + $0 * 2 + 1]) << 8 }
                strings.append(String(decoding: code, as: UTF16.self))
            }
        }
        return strings
    }

    /// A UTF-8 pool length: one byte, or two when the high bit is set.
    static func length8(_ b: [UInt8], _ p: Int) -> (Int, Int)? {
        guard p < b.count else { return nil }
        if b[p] & 0x80 == 0 { return (Int(b[p]), 1) }
        guard p + 1 < b.count else { return nil }
        return (Int(b[p] & 0x7F) << 8 | Int(b[p + 1]), 2)
    }

    static func u16(_ b: [UInt8], _ at: Int) -> Int? {
        guard at >= 0, at + 2 <= b.count else { return nil }
        return Int(b[at]) | Int(b[at + 1]) << 8
    }

    static func u32(_ b: [UInt8], _ at: Int) -> Int? {
        guard at >= 0, at + 4 <= b.count else { return nil }
        return Int(b[at]) | Int(b[at + 1]) << 8 | Int(b[at + 2]) << 16 | Int(b[at + 3]) << 24
    }
}
