import Devices
import Diagnostics
import Foundation
import TestSupport
import Testing
import USBHost

/// Case maps, the udev rules and adb server listings: plain values, no USB.
struct CaseMapTests {
    static let cases = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Profiles/cases").standardized

    @Test func relativeAndAbsolutePortPathsBecomeSlots() throws {
        let map = try CaseMap.parse("case: valise-2\nhub: 2-1\nslots:\n  1: 1.1\n  2: 1.10\n  3: 3-4.2\n", file: "v2.yaml")
        #expect(map.name == "valise-2")
        #expect(map.slots == ["2-1.1.1": 1, "2-1.1.10": 2, "3-4.2": 3])
        let maps = try CaseMaps([map])
        #expect(maps.place(of: "2-1.1.10") == SlotPlace(caseName: "valise-2", slot: 2))
        #expect(maps.place(of: "2-1.1") == nil)
    }

    @Test func theShippedCaseAndCartMapEveryPortOnce() throws {
        let maps = try CaseMaps.load(files: ["valise-1.yaml", "cart-32.yaml"].map { Self.cases.appendingPathComponent($0).path })
        let valise = try #require(maps.maps.first { $0.name == "valise-1" })
        #expect(Set(valise.slots.values) == Set(1...16) && valise.slots["1-1.1.1"] == 1 && valise.slots["1-1.4.4"] == 16)
        let cart = try #require(maps.maps.first { $0.name == "chariot-cdi" })
        #expect(Set(cart.slots.values) == Set(1...32) && cart.slots["1-3.4.4"] == 32)
        // The default search finds them from the repository's root.
        let found = try CaseMaps.load(files: [], environment: ["VALISE_HOME": "/nonexistent"],
                                      currentFolder: Self.cases.deletingLastPathComponent().deletingLastPathComponent().path)
        #expect(found.maps.count == 2)
    }

    @Test func mistakesAreLocatedWithTheirFix() {
        let cases: [(String, String)] = [
            ("slots:\n  1: 1-1.1\n", "bad.yaml:1:1: the case map has no 'case' — add case: NAME"),
            ("case: a\nslots:\n  1: 1.1\n", "bad.yaml:3:6: slot 1: '1.1' is relative but the map has no hub — write 1-1.1.1, or add hub: 1-1"),
            ("case: a\nhub: 1-1\nslots:\n  1: 1.1\n  2: 1.1\n", "bad.yaml:5:6: port 1-1.1.1 is given to both slot 1 and slot 2 — "),
            ("case: a\nslots:\n  x: 1-1.1\n", "bad.yaml:3:3: slot 'x' is not a positive whole number — "),
            ("case: a\nslots:\n  1: 1-1.0\n", "bad.yaml:3:6: slot 1: '1-1.0' is not a USB port path — "),
            ("case: a\nslot:\n  1: 1-1.1\n", "bad.yaml:2:1: unknown key 'slot' — did you mean 'slots'?"),
            ("case: [\n", "bad.yaml:2:1: YAML syntax error: "),
        ]
        for (text, expected) in cases {
            let error = #expect(throws: FileProblems.self) { try CaseMap.parse(text, file: "bad.yaml") }
            #expect(error?.kind == .caseMap && error?.exitCode == 65 && error?.helpTopic == "case-maps")
            #expect(error?.diagnostics.contains { $0.description.hasPrefix(expected) } == true, "\(text): \(String(describing: error))")
        }
        // Every problem at once, in line order.
        let several = #expect(throws: FileProblems.self) { try CaseMap.parse("hubs: 1-1\nslots:\n  0: 1-1.1\n", file: "bad.yaml") }
        #expect(several?.diagnostics.map(\.line) == [1, 1, 3])
        let a = try? CaseMap.parse("case: a\nslots:\n  1: 1-1.1\n", file: "a.yaml"), b = try? CaseMap.parse("case: b\nslots:\n  4: 1-1.1\n", file: "b.yaml")
        let clash = #expect(throws: FileProblems.self) { try CaseMaps([a, b].compactMap { $0 }) }
        #expect(clash?.diagnostics.map(\.description) == [
            "b.yaml:3:6: port 1-1.1 is also slot 1 of case a in a.yaml — keep each port in one case map; remove it from one of the two files",
        ])
    }

    @Test func udevRulesCoverTheTabletVendorsWithUaccess() throws {
        let rules = UdevRules.text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(rules.count == 18)
        for id in ["18d1", "04e8", "17ef", "1782", "2207"] {
            #expect(rules.contains { $0.contains("ATTR{idVendor}==\"\(id)\"") && $0.contains("TAG+=\"uaccess\"") && $0.contains("MODE=\"0660\"") })
        }
        let folder = TemporaryDirectory("valise-udev")
        let path = try UdevRules.install(folder: folder.url.path, reload: false)
        let coverage = UdevRules.coverage(folders: [folder.url.path])
        #expect(coverage.files == [path] && coverage.vendors.count == 18)
        let refused = #expect(throws: SetupUSBError.self) { try UdevRules.install(folder: "/nonexistent/rules.d", reload: false, isRoot: false) }
        #expect(refused?.action == "Run it with sudo: `sudo valise setup-usb`.")
    }

    @Test func adbServerListingsGivePortPathsOrBusAddresses() {
        let entries = ADBServerClient.parseDevices("""
            VAL1   device usb:1-1.2 product:gta7lite model:SM_T220 device:gta7lite transport_id:1
            VAL2   unauthorized usb:1:7 transport_id:2
            127.0.0.1:5555 device product:valise model:SM_X200 device:x transport_id:3
            """)
        #expect(entries.map(\.serial) == ["VAL1", "VAL2", "127.0.0.1:5555"])
        #expect(entries.map(\.state) == ["device", "unauthorized", "device"])
        #expect(entries[0].portPath == "1-1.2" && entries[0].properties["model"] == "SM_T220")
        #expect(entries[1].portPath == nil && entries[1].busAndAddress?.bus == 1 && entries[1].busAndAddress?.address == 7)
        #expect(entries.map(\.isOnUSB) == [true, true, false])
    }

    @Test func usbRefusalsBecomeFixesNamingTheSlot() {
        let tablet = "VAL1 (slot 3 of valise-1, usb 1-1.1.3)"
        let busy = USBTabletError(.busy, tablet: tablet), access = USBTabletError(.access, tablet: tablet)
        let gone = USBTabletError(.noDevice, tablet: tablet)
        #expect(busy.kind == .busy && busy.summary.contains("slot 3") && busy.action.contains("adb kill-server") && busy.action.contains("--via-adb-server"))
        #expect(access.kind == .access && access.action.contains("sudo valise setup-usb"))
        #expect(gone.kind == .unplugged && gone.summary == "Tablet \(tablet) was unplugged.")
    }
}
