import Firmware
import Foundation
import Testing

/// Catalog entries for boards flashed in Samsung Download mode (`method: odin`): their packages, and every
/// mistake reported located with its fix.
@Suite struct OdinCatalogTests {
    static let digest = "fd9d9c8a23d544541274436146619db1f6c112f6e2e4603812c5d22ac6d856e2"

    static func entry(_ body: String) -> String {
        """
        products:
            gta8wifi:
                models: [SM-X200]
        \(body)
        """
    }

    static let good = entry("""
            method: odin
            bootloader: X200XXU9ZZA1
            pda: X200XXU9ZZA2
            fingerprint: samsung/gta8wifieea/gta8wifi:14/UP1A.231005.007/X200XXU9ZZA1:user/release-keys
            security_patch: "2026-06-01"
            packages:
              - {file: gta8wifi/BL_X200XXU9ZZA1.tar.md5, size: 71734, sha256: \(digest)}
              - {file: gta8wifi/AP_X200XXU9ZZA1_CL1_QB2_REV00_user_low_ship_MULTI_CERT_meta_OS14.tar.md5, size: 3153974, sha256: \(digest.uppercased())}
              - {file: /mnt/CP_X200XXU9ZZA1.tar.md5, size: 30774, sha256: \(digest)}
              - {file: gta8wifi/HOME_CSC_OXM_X200OXM9ZZA1.tar.md5, size: 20539, sha256: \(digest)}

    """)

    @Test func anOdinEntryReadsWithItsPackages() throws {
        let catalog = try FirmwareCatalogTests.parse(Self.good).get()
        let entry = try #require(catalog.entry(board: "gta8wifi", model: nil))
        #expect(entry.method == .odin)
        #expect(entry.packages.map(\.kind) == ["BL", "AP", "CP", "HOME_CSC"])
        #expect(entry.packages[0].file.path == "/srv/firmware/gta8wifi/BL_X200XXU9ZZA1.tar.md5")
        #expect(entry.packages[2].file.path == "/mnt/CP_X200XXU9ZZA1.tar.md5")
        #expect(entry.packages[1].sha256 == Self.digest)
        #expect(entry.packages[1].size == 3_153_974)
        #expect(entry.pda == "X200XXU9ZZA2")
        #expect(entry.steps.isEmpty && entry.requirements.isEmpty)
        // The PDA counts for Samsung tablets: another one needs flashing even on the same fingerprint.
        let build = InstalledBuild(model: "SM-X200", fingerprint: entry.fingerprint, securityPatch: "2026-06-01")
        #expect(entry.check(build, bootloader: "X200XXU9ZZA1", pda: "X200XXU9ZZA2") == .upToDate)
        #expect(entry.check(build, bootloader: "X200XXU9ZZA1", pda: "X200XXU9ZZA1") == .needsFlashing(["PDA X200XXU9ZZA1 is not the catalog's X200XXU9ZZA2"]))
        #expect(entry.planID.contains("AP=\(Self.digest)"))
    }

    @Test func samsungVersionsSayTheirModelAndBinaryRevision() throws {
        let version = try #require(SamsungVersion("T220XXU9ZZA1"))
        #expect(version.modelCode == "T220" && version.revision == 9 && version.revisionMark == "9")
        #expect(version.isFor(model: "SM-T220") && !version.isFor(model: "SM-X200"))
        #expect(SamsungVersion("X200XXS2BWH2")?.revision == 2)
        #expect(SamsungVersion("A525FXXUACWA1")?.revision == 10)
        #expect(SamsungVersion("A525FXXUACWA1")?.modelCode == "A525F")
        #expect(SamsungVersion("TB-X306F_S3U9ZZA1") == nil)
        #expect(SamsungVersion("T220XXZ9ZZA1") == nil)
        #expect(SamsungVersion("U9ZZA1") == nil)
    }

    @Test func mistakesInAnOdinEntryAreLocatedWithTheirFix() {
        let text = Self.entry("""
                method: odin
                bootloader: T220XXU9ZZA1
                pda: latest
                fingerprint: samsung/gta8wifieea/gta8wifi:14/UP1A.231005.007/X200XXU9ZZA1:user/release-keys
                security_patch: "2026-06-01"
                require: {board: gta8wifi}
                packages:
                  - {file: gta8wifi/AP_X200XXU9ZZA1.tar.md5, size: 10, sha256: \(Self.digest)}
                  - {file: gta8wifi/AP_X200XXU9ZZA2.tar.md5, size: 10, sha256: \(Self.digest)}
                  - {file: gta8wifi/BL_T220XXU9ZZA1.tar.md5, size: 10, sha256: \(Self.digest)}
                  - {file: gta8wifi/firmware.zip, size: 1 GB, sha256: abc}
                  - {file: gta8wifi/PIT_X200.tar.md5, sze: 10, sha256: \(Self.digest)}
                  - gta8wifi/CP_X200XXU9ZZA1.tar.md5

        """)
        #expect(FirmwareCatalogTests.messages(text) == [
            "catalog.yaml:5:21: bootloader T220XXU9ZZA1 is for model SM-T220, not SM-X200 — write the bootloader version of the SM-X200 firmware",
            "catalog.yaml:6:14: pda 'latest' is not a Samsung version — copy it from the package names or `getprop ro.build.PDA`, e.g. T220XXU9ZZA1",
            "catalog.yaml:9:18: 'require' is for boards flashed with fastboot; product 'gta8wifi' is flashed in Samsung Download mode — remove require: and list the .tar.md5 files under packages:, or write method: fastboot",
            "catalog.yaml:12:13: product 'gta8wifi' lists two AP packages — keep one package of each kind (BL, AP, CP, CSC or HOME_CSC)",
            "catalog.yaml:13:20: package BL_T220XXU9ZZA1.tar.md5 is for model SM-T220 (its name says T220), not SM-X200 — use the SM-X200 package, or list it under the board of the SM-T220",
            "catalog.yaml:14:20: 'firmware.zip' is not a .tar.md5 package — give the package as Samsung ships it (BL_…, AP_…, CP_…, CSC_….tar.md5)",
            "catalog.yaml:14:49: size '1 GB' is not a byte count — give the package's size in bytes (`stat -c %s FILE`)",
            "catalog.yaml:14:63: sha256 'abc' is not 64 hexadecimal digits — copy it from `sha256sum FILE`",
            "catalog.yaml:15:13: a package has no 'size' — add size: BYTES (`stat -c %s FILE`)",
            "catalog.yaml:15:20: 'PIT_X200.tar.md5' does not say which part of the firmware it is — keep Samsung's file name: it starts with BL_, AP_, CP_, CSC_ or HOME_CSC_",
            "catalog.yaml:15:47: unknown key 'sze' in a package of 'gta8wifi' — did you mean 'size'?",
            "catalog.yaml:16:13: a package must be a map — write - {file: gta8wifi/AP_….tar.md5, size: BYTES, sha256: HEX}",
        ])
    }

    @Test func aMisspeltMethodAndPackagesOnAFastbootBoardAreRefused() {
        let misspelt = Self.entry("""
                method: oden
                bootloader: X200XXU9ZZA1
                fingerprint: samsung/gta8wifieea/gta8wifi:14/UP1A.231005.007/X200XXU9ZZA1:user/release-keys
                security_patch: "2026-06-01"
                packages: []

        """)
        #expect(FirmwareCatalogTests.messages(misspelt) == [
            "catalog.yaml:2:5: product 'gta8wifi' has no flash plan — add flash: with one item per partition (partition, image, size, sha256), in flashing order",
            "catalog.yaml:4:17: method 'oden' is not a way Valise flashes tablets — did you mean 'odin'? write method: odin (Samsung Download mode) or method: fastboot",
            "catalog.yaml:8:19: 'packages' is for boards flashed in Samsung Download mode — add method: odin to product 'gta8wifi', or give a flash: plan instead",
        ])
        let empty = Self.entry("""
                method: odin
                bootloader: X200XXU9ZZA1
                fingerprint: samsung/gta8wifieea/gta8wifi:14/UP1A.231005.007/X200XXU9ZZA1:user/release-keys
                security_patch: "2026-06-01"

        """)
        #expect(FirmwareCatalogTests.messages(empty) == [
            "catalog.yaml:2:5: product 'gta8wifi' has no packages — add packages: with one item per .tar.md5 file (file, size, sha256): BL, AP, CP and CSC",
        ])
    }
}
