import Fastboot
import Testing

@Suite struct FastbootCommandTests {
    @Test func commandsEncodeAsTheirWireText() throws {
        let cases: [(FastbootCommand, String)] = [
            (.getVar("max-download-size"), "getvar:max-download-size"), (.download(0x1234), "download:00001234"),
            (.download(0xFFFF_FFFF), "download:ffffffff"), (.flash("boot_a"), "flash:boot_a"), (.erase("userdata"), "erase:userdata"),
            (.setActive("b"), "set_active:b"), (.reboot, "reboot"), (.rebootBootloader, "reboot-bootloader"), (.continue, "continue"),
            (.flashingLock, "flashing lock"), (.flashingUnlock, "flashing unlock"), (.oem("device-info"), "oem device-info"),
            (.upload, "upload"), (.rebootFastboot, "reboot-fastboot"),
        ]
        for (command, text) in cases {
            #expect(try command.encoded() == Array(text.utf8))
            #expect(FastbootCommand(parsing: Array(text.utf8)) == command, "\(text)")
        }
    }

    @Test func commandsOver64BytesAreRefusedWithTheLimit() throws {
        let long = FastbootCommand.flash(String(repeating: "p", count: 60))
        #expect(throws: FastbootProtocolError.commandTooLong(command: long.description, length: 66, limit: 64)) { try long.encoded() }
        #expect(try long.encoded(maxLength: FastbootCommand.modernMaxLength).count == 66)
        #expect(try FastbootCommand.raw(String(repeating: "x", count: 64)).encoded().count == 64)
        let error = FastbootProtocolError.commandTooLong(command: long.description, length: 66, limit: 64)
        #expect(error.description.contains("at most 64"))
        #expect(throws: FastbootProtocolError.commandNotASCII("flash:bööt")) { try FastbootCommand.flash("bööt").encoded() }
    }

    @Test func downloadSizesMustBeEightHexDigitsOnTheDevice() {
        #expect(FastbootCommand(parsing: Array("download:1234".utf8)) == .raw("download:1234"))
        #expect(FastbootCommand(parsing: Array("download:0000zz00".utf8)) == .raw("download:0000zz00"))
        #expect(FastbootCommand(parsing: Array("frobnicate".utf8)) == .raw("frobnicate"))
    }

    @Test func sizesParseInHexOrDecimalWithPadding() throws {
        #expect(try FastbootValue.size("0x10000000") == 0x1000_0000)
        #expect(try FastbootValue.size("0X10000000") == 0x1000_0000)
        #expect(try FastbootValue.size("268435456") == 268_435_456)
        #expect(try FastbootValue.size("  0x08000000\n") == 0x0800_0000)
        #expect(try FastbootValue.size("536870912\0\0") == 536_870_912)
        for bad in ["", "0x", "0xZZ", "12MB", "-1"] {
            #expect(throws: FastbootProtocolError.self) { try FastbootValue.size(bad) }
        }
        #expect(FastbootValue.flag(" yes") == true)
        #expect(FastbootValue.flag("no") == false)
        #expect(FastbootValue.flag("maybe") == nil)
    }

    @Test func slotsReadWithOrWithoutUnderscore() {
        #expect(FastbootSlot(parsing: "a") == .a)
        #expect(FastbootSlot(parsing: "_b") == .b)
        #expect(FastbootSlot(parsing: "c") == nil)
        #expect(FastbootSlot.a.other == .b)
        #expect(FastbootSlot.b.partition("boot") == "boot_b")
        #expect(FastbootVariable.hasSlot("boot") == "has-slot:boot")
    }

    @Test func imageHeaderRoundTrips() throws {
        let header = ValiseImageHeader([("board", "gta7litewifi"), ("fingerprint", "a/b/c:14/X/Y:user/release-keys"),
                                        ("security_patch", "2024-09-01")])
        let bytes = header.encoded(paddedTo: 4096)
        #expect(bytes.count == 4096)
        let parsed = try #require(ValiseImageHeader(parsing: bytes + [1, 2, 3]))
        #expect(parsed == header)
        #expect(parsed.board == "gta7litewifi")
        #expect(parsed["security_patch"] == "2024-09-01")
        #expect(ValiseImageHeader(parsing: [UInt8](repeating: 0, count: 100)) == nil)
        #expect(ValiseImageHeader(parsing: Array("ANDROID!".utf8)) == nil)
    }
}
