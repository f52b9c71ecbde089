import Diagnostics
import Firmware
import Foundation
import Simulator
import Testing

/// Firmware's messages in both languages, from one catalog: the catalog's problems, the packages and images
/// refused against it, the refusals before any write (another board, another model, an older binary revision),
/// the progress lines and the case's table, each provoked for real and read in French and in English.
@Suite(.serialized) struct FrenchFirmwareTests {
    static func french<T>(_ body: () throws -> T) rethrows -> T { try Language.$chosen.withValue(.french) { try body() } }
    static func english<T>(_ body: () throws -> T) rethrows -> T { try Language.$chosen.withValue(.english) { try body() } }

    static let badCatalog = FirmwareCatalogErrorTests.brokenCatalog

    @Test func theCatalogsProblemsAreLocatedInFrenchWithTheirFix() {
        let french = Self.french { FirmwareCatalogTests.messages(Self.badCatalog) }.filter { !$0.contains("bootloadr") }
        #expect(french == [
            "catalog.yaml:2:3: le produit 'gta7litewifi' n'a pas de 'bootloader' — ajoutez bootloader: VERSION (le version-bootloader que le plan installe)",
            "catalog.yaml:4:18: fingerprint est pour l'appareil 'gta8wifi', pas 'gta7litewifi' — utilisez le fingerprint du build gta7litewifi, ou rangez cette entrée sous gta8wifi",
            "catalog.yaml:5:21: security_patch '2026-13-01' n'est pas une date — écrivez-le sous la forme \"YYYY-MM-DD\", par ex. \"2025-06-01\"",
            "catalog.yaml:9:15: size 'big' n'est pas un nombre d'octets — donnez la taille de l'image en octets (`stat -c %s FILE`)",
            "catalog.yaml:10:17: sha256 'abc' ne fait pas 64 chiffres hexadécimaux — copiez-le depuis `sha256sum FILE`",
            "catalog.yaml:11:15: then 'reboot-recovery' n'est pas un redémarrage que le plan connaît — utilisez then: reboot-bootloader, ou omettez-le (le redémarrage final est automatique)",
            "catalog.yaml:12:21: 'boot a' n'est pas un nom de partition — utilisez le nom que lui donne le bootloader (lettres, chiffres, _ et -), par ex. vendor_boot",
            "catalog.yaml:13:9: une étape de flash n'a pas de 'partition' — ajoutez partition: NAME (boot, system…)",
            "catalog.yaml:13:9: une étape de flash n'a pas de 'size' — ajoutez size: BYTES (`stat -c %s FILE`)",
            "catalog.yaml:13:9: une étape de flash n'a pas de 'sha256' — ajoutez sha256: HEX (`sha256sum FILE`)",
        ])
        let english = Self.english { FirmwareCatalogTests.messages(Self.badCatalog) }
        #expect(english.first == "catalog.yaml:2:3: product 'gta7litewifi' has no 'bootloader' — add bootloader: VERSION (the version-bootloader the plan installs)")
        #expect(english.last == "catalog.yaml:13:9: a flash step has no 'sha256' — add sha256: HEX (`sha256sum FILE`)")
        #expect(english.count == french.count + 1)
    }

    @Test func samsungEntriesAndAMissingCatalogAreExplainedInFrench() {
        let text = """
            products:
              gta7litewifi:
                models: [SM-T220]
                method: odinn
              gta8wifi:
                models: [SM-X200]
                method: odin
                bootloader: T220XXU9ZZA1
                fingerprint: samsung/gta8wifieea/gta8wifi:14/UP1A/X200XXU9ZZA1:user/release-keys
                security_patch: "2026-06-01"
                flash: []

            """
        let french = Self.french { FirmwareCatalogTests.messages(text) }
        #expect(french.contains("catalog.yaml:4:13: method 'odinn' n'est pas une façon dont Valise flashe les tablettes — vouliez-vous dire 'odin' ? écrivez method: odin (mode Download Samsung) ou method: fastboot"))
        #expect(french.contains { $0.hasSuffix(": 'flash' est réservé aux cartes flashées avec fastboot ; le produit 'gta8wifi' est flashé en mode Download Samsung — retirez flash: et listez les fichiers .tar.md5 sous packages:, ou écrivez method: fastboot") })
        #expect(french.contains { $0.hasSuffix(": le produit 'gta8wifi' n'a pas de paquets — ajoutez packages: avec un élément par fichier .tar.md5 (file, size, sha256) : BL, AP, CP et CSC") })
        #expect(french.contains { $0.hasSuffix(": bootloader T220XXU9ZZA1 est pour le modèle SM-T220, pas SM-X200 — écrivez la version bootloader du firmware du SM-X200") })
        let english = Self.english { FirmwareCatalogTests.messages(text) }
        #expect(english.contains("catalog.yaml:4:13: method 'odinn' is not a way Valise flashes tablets — did you mean 'odin'? write method: odin (Samsung Download mode) or method: fastboot"))
        #expect(english.contains { $0.hasSuffix(": product 'gta8wifi' has no packages — add packages: with one item per .tar.md5 file (file, size, sha256): BL, AP, CP and CSC") })

        let missing = URL(fileURLWithPath: "/nonexistent/valise-catalog.yaml")
        let unread = Self.french { () -> [String] in
            guard case .failure(let problems) = FirmwareCatalog.load(missing) else { return [] }
            return problems.diagnostics.map { "\($0.message) — \($0.fix)" }
        }
        #expect(unread == ["le catalogue ne peut pas être lu — vérifiez que le fichier existe et qu'il est lisible (Scripts/make-demo-firmware en écrit un de démonstration)"])
    }

    @Test func aDamagedOrDifferentPackageIsRefusedInFrenchAndInEnglish() throws {
        let fixture = try SamsungFirmwareFixture(count: 0)
        let ap = fixture.folder.appendingPathComponent("firmware/gta7litewifi/AP_T220XXU9ZZA1.tar.md5")
        var bytes = [UInt8](try Data(contentsOf: ap))
        bytes[5000] ^= 0xFF   // the catalog's size and sha256 agree, the MD5 line does not
        try fixture.replacePackage(board: "gta7litewifi", prefix: "AP_", with: bytes)
        let entry = try #require(try fixture.catalog().entries.first { $0.board == "gta7litewifi" })
        func refusal() -> FirmwareFlashError? {
            do { try PlanPackages(entry: entry, readers: 1).prepare() } catch { return error }
            return nil
        }
        let french = try #require(Self.french { refusal() })
        #expect(french.summary == "Le paquet firmware gta7litewifi/AP_T220XXU9ZZA1.tar.md5 de l'entrée gta7litewifi a été refusé ; aucune tablette n'a été touchée.")
        #expect(french.reason.hasPrefix("Son contrôle MD5 a échoué (MD5 ") && french.reason.hasSuffix(") : le fichier est abîmé ou incomplet."))
        #expect(french.reason.contains(", le paquet annonce "))
        #expect(french.action == "Téléchargez à nouveau gta7litewifi/AP_T220XXU9ZZA1.tar.md5 depuis le partage firmware de l'académie, puis relancez la même commande.")
        #expect(Self.french { french.result } == "refusé : image différente")
        let english = try #require(Self.english { refusal() })
        #expect(english.summary == "The firmware package gta7litewifi/AP_T220XXU9ZZA1.tar.md5 of the gta7litewifi entry was refused; no tablet was touched.")
        #expect(english.reason.hasPrefix("Its MD5 check failed"))
        #expect(Self.english { english.result } == "refused: image differs")

        var other = entry   // its BL only (the AP above is damaged), with another sha256
        other.packages = [entry.packages[0]]
        other.packages[0].sha256 = String(repeating: "0", count: 64)
        func otherRefusal() -> FirmwareFlashError? {
            do { try PlanPackages(entry: other, readers: 1).prepare() } catch { return error }
            return nil
        }
        let differs = try #require(Self.french { otherRefusal() })
        #expect(differs.summary == "Le paquet firmware \(other.packages[0].path) ne correspond pas au catalogue ; aucune tablette n'a été touchée.")
        #expect(differs.reason == "Son sha256 est \(entry.packages[0].sha256) ; le catalogue indique \(other.packages[0].sha256).")
        #expect(differs.action == "Téléchargez à nouveau le paquet (il est peut-être abîmé), ou corrigez le sha256 du catalogue.")
    }

    @Test func anImageThatDiffersFromTheCatalogIsRefusedInFrench() throws {
        let fixture = try SamsungFirmwareFixture(count: 0)
        var entry = try #require(try fixture.catalog().entries.first { $0.method == .fastboot })
        entry.steps[1].size += 1
        func refusal() -> FirmwareFlashError? {
            do { _ = try PlanImages(entry: entry, readers: 1).checkAll(tablet: "-") } catch { return error }
            return nil
        }
        let error = try #require(Self.french { refusal() })
        #expect(error.summary == "L'image \(entry.steps[1].path) de la partition \(entry.steps[1].partition) ne correspond pas au catalogue.")
        #expect(error.reason == "Le fichier fait \(entry.steps[1].size - 1) octets ; le catalogue indique \(entry.steps[1].size). Rien n'a été écrit.")
        #expect(error.action == "Téléchargez à nouveau l'image (elle est peut-être tronquée), ou corrigez la taille indiquée dans le catalogue.")
    }

    @Test func anotherModelAnOlderRevisionAndAnotherBoardAreRefusedInFrench() throws {
        let fixture = try SamsungFirmwareFixture(count: 3, identities: { index in
            var identity = TabletIdentity.sample(index: index)
            if index == 0 { identity.model = "SM-T225" }
            return identity
        })
        fixture.tablets[2].persona.bootFlashedBuild(["bootloader": "X200XXUAZZB1"])   // binary revision A, above the catalog's 9
        let catalog = try fixture.catalog()
        func refusal(_ index: Int, _ entry: FirmwareEntry) -> FirmwareFlashError? {
            do {
                if entry.method == .odin {
                    _ = try fixture.flasher.flashOdin(fixture.flashTablet(index), packages: PlanPackages(entry: entry, readers: 1), reader: 0)
                } else {
                    _ = try fixture.flasher.flash(fixture.flashTablet(index), images: PlanImages(entry: entry, readers: 1), reader: 0)
                }
            } catch { return error }
            return nil
        }
        let t220 = try #require(catalog.entries.first { $0.board == "gta7litewifi" })
        let model = try #require(Self.french { refusal(0, t220) })
        #expect(model.kind == .wrongModel)
        #expect(model.summary.hasSuffix(" est un SM-T225, mais les paquets gta7litewifi sont pour le SM-T220 : le firmware n'a pas été flashé."))
        #expect(model.reason == "Un firmware construit pour un autre modèle peut empêcher la tablette de démarrer. Rien n'a été écrit.")
        #expect(model.action == "Ajoutez au catalogue une entrée pour le SM-T225 avec ses propres paquets (ou retirez cette tablette de l'opération), puis relancez la commande.")

        let x200 = try #require(catalog.entries.first { $0.board == "gta8wifi" })
        let rollback = try #require(Self.french { refusal(2, x200) })
        #expect(rollback.kind == .olderThanInstalled)
        #expect(rollback.summary.hasSuffix(" exécute le bootloader X200XXUAZZB1 (révision binaire A) ; le X200XXU9ZZA1 du catalogue est de révision 9 : le firmware n'a pas été flashé."))
        #expect(rollback.reason.contains("anti-rollback") && rollback.reason.hasSuffix("\"SW REV CHECK FAIL\". Rien n'a été écrit."))
        #expect(rollback.action == "Mettez des paquets de révision A ou plus récente (noms comme X200XXUA…) dans l'entrée gta8wifi du catalogue, puis relancez la commande.")
        let same = try #require(Self.english { refusal(2, x200) })
        #expect(same.action == "Put packages of revision A or later (names like X200XXUA…) in the catalog's gta8wifi entry, then run the command again.")

        var otherBoard = try #require(catalog.entries.first { $0.board == "X306F" })
        otherBoard.board = "J606F"
        otherBoard.requirements = [BootloaderRequirement(variable: "board", values: ["J606F"])]
        let board = try #require(Self.french { refusal(1, otherBoard) })
        #expect(board.kind == .wrongBoard)
        #expect(board.summary.hasSuffix(" est une X306F, pas une J606F : le firmware n'a pas été flashé."))
        #expect(board.reason == "L'entrée J606F du catalogue indique \"require board=J606F\", et le bootloader de la tablette annonce le product X306F ; un firmware pour une autre carte peut l'empêcher de démarrer. Rien n'a été écrit.")
        #expect(board.action == "Ajoutez au catalogue une entrée pour X306F (ou retirez cette tablette de l'opération), puis relancez la commande.")
        #expect(Self.french { board.result } == "refusé : mauvaise carte")
        for index in 0..<3 { #expect(fixture.tablets[index].downloadMode?.sessions ?? 0 == 0) }
    }

    @Test func aPackageFileThePITLacksIsRefusedInFrench() throws {
        let fixture = try SamsungFirmwareFixture(count: 1)
        let csc = SamsungFirmwareFixture.tarMD5([("cache.img", [UInt8](repeating: 7, count: 4096)), ("param.bin", [1, 2, 3])],
                                                name: "CSC_OXM_T220OXM9ZZA1.tar.md5")
        try fixture.replacePackage(board: "gta7litewifi", prefix: "CSC_", with: csc)
        let entry = try #require(try fixture.catalog().entries.first { $0.board == "gta7litewifi" })
        let packages = PlanPackages(entry: entry, readers: 1)
        try packages.prepare()
        func refusal() -> FirmwareFlashError? {
            do { _ = try fixture.flasher.flashOdin(fixture.flashTablet(0), packages: packages, reader: 0) } catch { return error }
            return nil
        }
        let error = try #require(Self.french { refusal() })
        #expect(error.kind == .wrongModel)
        #expect(error.summary.hasSuffix(" ne peut pas recevoir les paquets gta7litewifi : le firmware n'a pas été flashé."))
        #expect(error.reason.hasPrefix("param.bin ne désigne aucune partition du PIT de la tablette (") && error.reason.hasSuffix("). Rien n'a été écrit."))
        #expect(error.action == "Vérifiez que les paquets gta7litewifi du catalogue sont bien ceux du modèle de cette tablette (SM-T220), puis relancez la commande.")
        #expect(fixture.tablets[0].downloadMode?.partitions.isEmpty == true)
    }

    @Test func progressLinesAndTheCaseTableSpeakFrench() {
        let events: [FlashEvent] = [.rebootingToBootloader, .requirementsMet, .resuming(partition: "boot"),
                                    .flashing(partition: "system", step: 2, of: 4, bytes: 3 << 20), .flashed(partition: "system"),
                                    .rebooting, .sendingPackage(kind: "AP", step: 2, of: 4, bytes: 5 << 30)]
        #expect(Self.french { events.compactMap(FlashProgressLines.words) } == [
            "redémarrage vers le bootloader", "prérequis remplis", "reprise à la partition boot (les précédentes ont déjà été flashées)",
            "[2/4] flash de system (3.0 MiB)", "system terminé", "redémarrage sous Android", "[2/4] envoi de AP (5.0 GiB)",
        ])
        #expect(Self.english { events.compactMap(FlashProgressLines.words) } == [
            "rebooting to the bootloader", "requirements met", "going on from partition boot (the earlier ones were flashed before)",
            "[2/4] flashing system (3.0 MiB)", "system done", "rebooting into Android", "[2/4] sending AP (5.0 GiB)",
        ])
        final class Lines: @unchecked Sendable { var all: [String] = [] }
        let lines = Lines()
        let progress = FlashProgressLines { lines.all.append($0) }
        Self.french {
            progress.show("VAL1", .flashing(partition: "system", step: 4, of: 4, bytes: 64 << 20))
            progress.show("VAL1", .progress(partition: "system", sent: 33 << 20))
        }
        #expect(lines.all == ["VAL1: [4/4] flash de system (64.0 MiB)", "VAL1: [4/4] system 50 % (33.0 MiB sur 64.0 MiB)"])

        let entry = FirmwareEntry(board: "gta7litewifi", models: ["SM-T220"], bootloader: "T220XXU9ZZA1",
                                  fingerprint: "samsung/gta7litewifieea/gta7litewifi:14/UP1A.231005.007/T220XXU9ZZA1:user/release-keys",
                                  securityPatch: "2026-06-01", requirements: [], steps: [])
        let old = InstalledBuild(model: "SM-T220", fingerprint: "samsung/gta7litewifieea/gta7litewifi:14/UP1A.231005.007/T220XXU4ZZA1:user/release-keys",
                                 securityPatch: "2025-01-01")
        let compliance = Self.french { entry.check(old, bootloader: "T220XXU4ZZA1") }
        #expect(Self.french { compliance.description } == "à flasher : le build T220XXU4ZZA1 n'est pas celui du catalogue, T220XXU9ZZA1 ; le correctif de sécurité 2025-01-01 est plus ancien que 2026-06-01 ; le bootloader T220XXU4ZZA1 n'est pas celui du catalogue, T220XXU9ZZA1")
        #expect(compliance.status == "needs flashing")   // the inventory's word, in either language
        let standing = FirmwareStanding(name: "VAL1", entry: entry, compliance: compliance)
        #expect(Self.french { standing.status } == "à flasher")
        #expect(Self.english { standing.status } == "needs flashing")
        #expect(Self.english { entry.check(old, bootloader: "T220XXU4ZZA1").description }
                == "needs flashing: build T220XXU4ZZA1 is not the catalog's T220XXU9ZZA1; security patch 2025-01-01 is older than 2026-06-01; bootloader T220XXU4ZZA1 is not the catalog's T220XXU9ZZA1")
    }
}
