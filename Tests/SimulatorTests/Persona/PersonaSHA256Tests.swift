import Foundation
import Testing
@testable import Simulator

@Suite struct PersonaSHA256Tests {
    @Test func knownVectors() {
        #expect(PersonaSHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(PersonaSHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(PersonaSHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func millionA() {
        #expect(PersonaSHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func incrementalUpdatesMatchOneShot() {
        let data = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var hasher = PersonaSHA256()
        var i = 0
        for size in [1, 63, 64, 65, 7, 300] where i < data.count {
            hasher.update(data[i..<min(i + size, data.count)]); i += size
        }
        hasher.update(data[min(i, data.count)...])
        #expect(hasher.finalize() == PersonaSHA256.digest(data))
    }
}
