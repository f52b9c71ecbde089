import Firmware
import Foundation
import Testing

/// Malformed catalogs: every problem at once, as FILE:LINE:COL: what — fix.
@Suite struct FirmwareCatalogErrorTests {
    func messages(_ text: String) -> [String] { FirmwareCatalogTests.messages(text) }

    @Test func notYAMLOrNotAMap() {
        #expect(messages("products: [a\n") == [
            "catalog.yaml:2:1: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence that starts at line 1, column 11)"
                + " — fix the YAML syntax here (indentation with spaces, a space after each colon, closed quotes)",
        ])
        #expect(messages("- a\n") == ["catalog.yaml:1:1: a firmware catalog must be a map with 'products' — start from Firmware/demo/catalog.yaml (see Firmware/README.md)"])
        #expect(messages("produits: {}\n") == [
            "catalog.yaml:1:1: unknown key 'produits' — did you mean 'products'?",
            "catalog.yaml:1:1: the catalog lists no products — add products: with one entry per board (see Firmware/README.md)",
        ])
    }

    /// A catalog with one mistake of each kind (FrenchFirmwareTests reads the same problems in French).
    static let brokenCatalog = """
        products:
          gta7litewifi:
            bootloadr: T220XXU9ZZA1
            fingerprint: samsung/gta8wifieea/gta8wifi:14/UP1A/X200XXU9ZZA1:user/release-keys
            security_patch: 2026-13-01
            flash:
              - partition: boot
                image: gta7litewifi/boot.img
                size: big
                sha256: abc
                then: reboot-recovery
              - {partition: "boot a", image: x.img, size: 1, sha256: fd9d9c8a23d544541274436146619db1f6c112f6e2e4603812c5d22ac6d856e2}
              - image: y.img

        """

    @Test func missingFieldsAndBadValuesAreAllReported() {
        let text = Self.brokenCatalog
        #expect(messages(text) == [
            "catalog.yaml:2:3: product 'gta7litewifi' has no 'bootloader' — add bootloader: VERSION (the version-bootloader the plan installs)",
            "catalog.yaml:3:5: unknown key 'bootloadr' in product 'gta7litewifi' — did you mean 'bootloader'?",
            "catalog.yaml:4:18: fingerprint is for device 'gta8wifi', not 'gta7litewifi' — use the fingerprint of the gta7litewifi build, or file this entry under gta8wifi",
            "catalog.yaml:5:21: security_patch '2026-13-01' is not a date — write it as \"YYYY-MM-DD\", e.g. \"2025-06-01\"",
            "catalog.yaml:9:15: size 'big' is not a byte count — give the image's size in bytes (`stat -c %s FILE`)",
            "catalog.yaml:10:17: sha256 'abc' is not 64 hexadecimal digits — copy it from `sha256sum FILE`",
            "catalog.yaml:11:15: then 'reboot-recovery' is not a reboot the plan knows — use then: reboot-bootloader, or leave it out (the final reboot is automatic)",
            "catalog.yaml:12:21: 'boot a' is not a partition name — use the bootloader's name for it (letters, digits, _ and -), e.g. vendor_boot",
            "catalog.yaml:13:9: a flash step has no 'partition' — add partition: NAME (boot, system…)",
            "catalog.yaml:13:9: a flash step has no 'size' — add size: BYTES (`stat -c %s FILE`)",
            "catalog.yaml:13:9: a flash step has no 'sha256' — add sha256: HEX (`sha256sum FILE`)",
        ])
    }

    @Test func requirementsMustNameTheEntrysBoard() {
        let text = FirmwareCatalogTests.good.replacingOccurrences(of: "      board: gta7litewifi", with: "      board: gta8wifi")
            .replacingOccurrences(of: "[T220XXU4*, T220XXU5DXA1]", with: "{}")
        #expect(messages(text) == [
            "catalog.yaml:9:14: require board does not accept this entry's own board 'gta7litewifi' — write board: gta7litewifi, or file this entry under the board it names",
            "catalog.yaml:10:27: 'version-bootloader' must be text or a list of texts — give the accepted value, or a list of them (a trailing * matches a prefix)",
        ])
    }

    @Test func duplicatesAndEmptyPlans() {
        let text = """
            products:
              gta9wifi: {bootloader: X110XXU9ZZA1, fingerprint: samsung/gta9wifieea/gta9wifi:14/UP1A/X110XXU9ZZA1:user/release-keys, security_patch: "2026-06-01"}
              GTA9WIFI: {}

            """
        #expect(messages(text) == [
            "catalog.yaml:2:3: product 'gta9wifi' has no flash plan — add flash: with one item per partition (partition, image, size, sha256), in flashing order",
            "catalog.yaml:3:3: product 'GTA9WIFI' is listed twice — keep one entry per board",
        ])
    }

    @Test func anUnreadableCatalogSaysSo() {
        guard case .failure(let errors) = FirmwareCatalog.load(URL(fileURLWithPath: "/nonexistent/catalog.yaml")) else {
            Issue.record("read a missing catalog")
            return
        }
        #expect(errors.description == "/nonexistent/catalog.yaml:1:1: the catalog cannot be read — check that the file exists and is readable (Scripts/make-demo-firmware writes a demo one)")
    }
}
