import Diagnostics
import Firmware
import Profiles
import Foundation
import Testing

/// The firmware catalog: the demo catalog reads, and every malformed catalog is reported located, with its fix.
@Suite struct FirmwareCatalogTests {
    static let folder = URL(fileURLWithPath: "/srv/firmware", isDirectory: true)

    static let good = """
        images: images
        products:
          gta7litewifi:
            models: [SM-T220]
            bootloader: T220XXU9ZZA1
            fingerprint: samsung/gta7litewifieea/gta7litewifi:14/UP1A.231005.007/T220XXU9ZZA1:user/release-keys
            security_patch: "2026-06-01"
            require:
              board: gta7litewifi
              version-bootloader: [T220XXU4*, T220XXU5DXA1]
            flash:
              - partition: bootloader
                image: gta7litewifi/bootloader.img
                size: 65536
                sha256: 5DF905B167AB59152FD19ED4FED04478F1A6DA09F3629D4A96C0CA54AC427B86
                then: reboot-bootloader
              - {partition: system, image: /mnt/images/system.img, size: 3145796, sha256: fd9d9c8a23d544541274436146619db1f6c112f6e2e4603812c5d22ac6d856e2}

        """

    static func parse(_ text: String) -> Result<FirmwareCatalog, FileProblems> {
        FirmwareCatalog.parse(text, file: "catalog.yaml", folder: folder)
    }

    static func messages(_ text: String) -> [String] {
        switch parse(text) {
        case .success: return []
        case .failure(let errors): return errors.diagnostics.map(\.description)
        }
    }

    @Test func aGoodCatalogReadsWithItsPlanInOrder() throws {
        let catalog = try Self.parse(Self.good).get()
        let entry = try #require(catalog.entry(board: "GTA7LITEWIFI", model: nil))
        #expect(catalog.entry(board: "other", model: "SM-T220") == entry)
        #expect(catalog.entry(named: "SM-X200") == nil)
        #expect(entry.bootloader == "T220XXU9ZZA1")
        #expect(entry.securityPatch == "2026-06-01")
        #expect(entry.steps.map(\.partition) == ["bootloader", "system"])
        #expect(entry.steps[0].image.path == "/srv/firmware/images/gta7litewifi/bootloader.img")
        #expect(entry.steps[0].sha256 == "5df905b167ab59152fd19ed4fed04478f1a6da09f3629d4a96c0ca54ac427b86")
        #expect(entry.steps[0].then == .rebootBootloader)
        #expect(entry.steps[1].image.path == "/mnt/images/system.img")
        #expect(entry.steps[1].then == nil)
        #expect(entry.requirements.map(\.description) == ["require board=gta7litewifi", "require version-bootloader=T220XXU4*|T220XXU5DXA1"])
        #expect(entry.requirements[1].accepts("t220xxu4dxi1"))
        #expect(!entry.requirements[1].accepts("T220XXU3CWK1"))
        #expect(entry.requirements[0].getVarName == "product")
    }

    @Test func theDemoCatalogReads() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Firmware/demo/catalog.yaml")
        let catalog = try FirmwareCatalog.load(url).get()
        #expect(catalog.entries.map(\.board) == ["gta7litewifi", "X306F", "gta8wifi", "J606F", "gta9wifi", "TB328FU"])
        // Samsung boards go through Download mode with their four packages; the Lenovo ones through fastboot.
        let samsung = catalog.entries.filter { $0.models.contains { $0.hasPrefix("SM-") } }
        #expect(samsung.map(\.board) == ["gta7litewifi", "gta8wifi", "gta9wifi"])
        #expect(samsung.allSatisfy { $0.method == .odin && $0.packages.map(\.kind) == ["BL", "AP", "CP", "CSC"] && $0.steps.isEmpty })
        let lenovo = catalog.entries.filter { !samsung.contains($0) }
        #expect(lenovo.allSatisfy { $0.method == .fastboot && $0.steps.first?.then == .rebootBootloader && $0.steps.count == 4 })
        #expect(catalog.entry(named: "Lenovo TB-X306F")?.board == "X306F")
    }

    @Test func comparesABuildWithTheEntry() throws {
        let entry = try #require(try Self.parse(Self.good).get().entries.first)
        let current = InstalledBuild(model: "SM-T220", fingerprint: entry.fingerprint, securityPatch: "2026-06-01")
        #expect(entry.check(current, bootloader: "T220XXU9ZZA1") == .upToDate)
        let old = InstalledBuild(model: "SM-T220", fingerprint: "samsung/gta7litewifieea/gta7litewifi:13/TP1A/T220XXU4DXI1:user/release-keys",
                                 securityPatch: "2024-09-01")
        #expect(entry.check(old, bootloader: "T220XXU4DXI1").description == "needs flashing: build T220XXU4DXI1 is not the catalog's T220XXU9ZZA1; security patch 2024-09-01 is older than 2026-06-01; bootloader T220XXU4DXI1 is not the catalog's T220XXU9ZZA1")
    }
}
