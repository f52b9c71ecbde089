import Odin
import Testing

@Suite struct PITTests {
    @Test func roundTripsWithPaddingAndFindsEntries() throws {
        let bytes = tabletPIT.encoded(paddedTo: 4096)
        #expect(bytes.count == 4096)
        #expect(Array(bytes[0..<8]) == [0x76, 0x98, 0x34, 0x12, 5, 0, 0, 0])
        let parsed = try PIT(parsing: bytes)
        #expect(parsed == tabletPIT)
        #expect(parsed.entry(forFile: "BOOT.IMG")?.identifier == 5)
        #expect(parsed.entry(named: "RADIO")?.destination == .cp)
        #expect(parsed.entry(forFile: "vbmeta.img") == nil)
        #expect(tabletPIT.encoded().count == 28 + 5 * 132)
    }

    @Test func entryFieldsAreAt132ByteStrides() {
        let bytes = tabletPIT.encoded()
        let second = 28 + 132
        #expect(bytes[second + 8] == 5)                                   // identifier
        #expect(Array(bytes[(second + 36)..<(second + 40)]) == Array("BOOT".utf8))
        #expect(Array(bytes[(second + 68)..<(second + 76)]) == Array("boot.img".utf8))
    }

    @Test func damagedPITsAreRefused() {
        var bytes = tabletPIT.encoded()
        #expect(throws: OdinProtocolError.badPIT("5 entries need 688 bytes; it has 687")) {
            try PIT(parsing: Array(bytes.dropLast()))
        }
        bytes[0] = 0
        #expect(throws: OdinProtocolError.badPIT("magic 0x12349800 (0x12349876 expected)")) { try PIT(parsing: bytes) }
        #expect(throws: OdinProtocolError.self) { try PIT(parsing: [0x76, 0x98]) }
    }
}
