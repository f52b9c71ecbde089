import ADB
import Devices
import Diagnostics
import Foundation
import Simulator
import TestSupport
import Testing
import Transports
import USBHost

/// Real tablet errors (a simulated tablet, a file on this computer, a case map) said in French and in English.
///
/// `Language.chosen` is a task local: each error is provoked inside `withValue`, on the test's own task, because a
/// tablet error's words are chosen when it is made.
@Suite struct FrenchDevicesTests {
    private func french<T>(_ body: () throws -> T) rethrows -> T { try Language.$chosen.withValue(.french, operation: body) }
    private func english<T>(_ body: () throws -> T) rethrows -> T { try Language.$chosen.withValue(.english, operation: body) }

    @Test func aPromptNobodyAnswersInBothLanguages() throws {
        let fixture = try TabletFixture(authMode: .promptNever)
        let address = "127.0.0.1:\(fixture.tablet.port)"
        let fr = try french { try #require(throws: DeviceError.self) { try fixture.connector(authorization: .milliseconds(400)).connect(fixture.address) } }
        #expect(fr.kind == .unauthorized)
        #expect(fr.summary == "La tablette \(address) n'a pas autorisé cet ordinateur à se connecter.")
        #expect(fr.reason == "La tablette affiche la question \"Autoriser le débogage USB ?\" et personne n'y a répondu à temps.")
        #expect(fr.action == "Déverrouillez la tablette, cochez \"Toujours autoriser sur cet ordinateur\", touchez Autoriser, puis relancez la commande.")
        let en = try english { try #require(throws: DeviceError.self) { try fixture.connector(authorization: .milliseconds(400)).connect(fixture.address) } }
        #expect(en.summary == "Tablet \(address) did not allow this computer to connect.")
        #expect(en.action == "Unlock the tablet, tick \"Always allow from this computer\", tap Allow, then run the command again.")
    }

    @Test func aRefusedKeyInFrench() throws {
        let fixture = try TabletFixture(faults: ["auth-refused"])
        let error = try french { try #require(throws: DeviceError.self) { try fixture.connector().connect(fixture.address) } }
        #expect(error.kind == .unauthorized)
        #expect(error.reason == "La tablette a refusé la clé de cet ordinateur (quelqu'un a touché Refuser, ou elle n'accepte que les ordinateurs connus).")
    }

    @Test func nothingListeningInBothLanguages() throws {
        let listener = try TCPSocket.listen(host: "127.0.0.1", port: 0)
        let port = listener.localPort
        listener.close()
        let connector = DeviceConnector(authenticator: try TabletFixture.freshKeyring(in: TemporaryDirectory().url))
        let fr = try french { try #require(throws: DeviceError.self) { try connector.connect(TCPAddress(host: "127.0.0.1", port: port)) } }
        #expect(fr.kind == .unreachable)
        #expect(fr.summary == "Impossible de joindre la tablette 127.0.0.1:\(port).")
        #expect(fr.reason == "Rien n'a accepté la connexion à cette adresse.")
        #expect(fr.action == "Vérifiez l'adresse et que la tablette (ou `valise sim`) est en marche.")
        let en = try english { try #require(throws: DeviceError.self) { try connector.connect(TCPAddress(host: "127.0.0.1", port: port)) } }
        #expect(en.summary == "Cannot reach tablet 127.0.0.1:\(port).")
        #expect(en.reason == "Nothing accepted the connection at that address.")
    }

    @Test func aFailingShellCommandInBothLanguages() throws {
        let fixture = try TabletFixture()
        let device = try fixture.connect()
        defer { device.close() }
        let fr = try french { try #require(throws: DeviceError.self) { try device.check("ls /sdcard/nothing-here") } }
        #expect(fr.kind == .commandFailed)
        #expect(fr.summary == "La tablette \(device.label) a refusé `ls /sdcard/nothing-here`.")
        #expect(fr.reason.hasPrefix("La commande s'est terminée avec le code "), "\(fr.reason)")
        #expect(fr.reason.contains(" en disant : "), "\(fr.reason)")
        #expect(fr.action.hasPrefix("Corrigez ce que nomme le message de la tablette"))
        #expect(fr.action.hasSuffix("puis relancez la commande."))
        let en = try english { try #require(throws: DeviceError.self) { try device.check("ls /sdcard/nothing-here") } }
        #expect(en.summary == "Tablet \(device.label) refused `ls /sdcard/nothing-here`.")
        #expect(en.reason.hasPrefix("The command exited with status "))
        #expect(en.reason.contains(" saying: "))
    }

    @Test func aServiceTheTabletDoesNotHaveInFrench() throws {
        let fixture = try TabletFixture()
        let device = try fixture.connect()
        defer { device.close() }
        let error = try french { try #require(throws: DeviceError.self) { try device.session.openStream("jdwp:1234") } }
        #expect(error.kind == .serviceRefused)
        #expect(error.summary == "La tablette \(device.session.label) a refusé la demande \"jdwp\".")
        #expect(error.reason == "La tablette a fermé le flux aussitôt : ce service est inconnu sur cette version d'Android ou n'a pas pu démarrer.")
    }

    @Test func aPullOfAMissingFileInBothLanguages() throws {
        let fixture = try TabletFixture()
        let device = try fixture.connect()
        defer { device.close() }
        let target = fixture.folder.file("missing.bin")
        let fr = try french { try #require(throws: DeviceError.self) { try SyncClient(device: device).pull(remote: "/sdcard/nothing-here", local: target) } }
        #expect(fr.kind == .transferFailed)
        #expect(fr.summary == "La tablette \(device.label) a refusé de donner /sdcard/nothing-here.")
        #expect(fr.reason.hasPrefix("La tablette a répondu : "))
        #expect(fr.action == "Vérifiez le chemin sur la tablette et ses droits d'accès, puis réessayez.")
        let en = try english { try #require(throws: DeviceError.self) { try SyncClient(device: device).pull(remote: "/sdcard/nothing-here", local: target) } }
        #expect(en.summary == "Tablet \(device.label) refused to pull /sdcard/nothing-here.")
        #expect(en.reason.hasPrefix("The tablet said: "))
    }

    @Test func pullsIntoForbiddenPlacesInBothLanguages() throws {
        let folder = TemporaryDirectory()
        let into = try french { try #require(throws: DeviceError.self) {
            try PullDestination(remote: "/sdcard/", local: folder.url.path, replace: false, tablet: "VAL1")
        } }
        #expect(into.summary == "Impossible de copier \"/sdcard/\" de VAL1 dans un dossier.")
        #expect(into.reason == "Sa dernière partie est vide, ce n'est pas un nom de fichier : la copie prendrait la place d'un dossier sur cet ordinateur.")
        #expect(into.action.hasPrefix("Nommez le fichier sur la tablette (par exemple /sdcard/Download/devoir.pdf)"))

        let existing = folder.file("devoir.pdf")
        try Data("x".utf8).write(to: existing)
        let kept = try french { try #require(throws: DeviceError.self) {
            try PullDestination(remote: "/sdcard/devoir.pdf", local: existing.path, replace: false, tablet: "VAL1")
        } }
        #expect(kept.summary == "\(existing.path) existe déjà : Valise l'a laissé tel quel.")
        #expect(kept.reason == "Une copie depuis la tablette ne remplace un fichier de cet ordinateur que si on le demande.")
        #expect(kept.action == "Ajoutez --force pour le remplacer, ou donnez un autre nom de fichier.")
        let keptEnglish = try english { try #require(throws: DeviceError.self) {
            try PullDestination(remote: "/sdcard/devoir.pdf", local: existing.path, replace: false, tablet: "VAL1")
        } }
        #expect(keptEnglish.summary == "\(existing.path) already exists: Valise left it as it is.")
        #expect(keptEnglish.action == "Add --force to replace it, or give another file name.")

        try FileManager.default.createDirectory(at: folder.file("photos"), withIntermediateDirectories: false)
        let over = try french { try #require(throws: DeviceError.self) {
            try PullDestination(remote: "/sdcard/photos", local: folder.url.path, replace: true, tablet: "VAL1")
        } }
        #expect(over.summary == "\(folder.file("photos").path) est un dossier : Valise ne le remplace pas par un fichier de VAL1.")
        #expect(over.reason == "Une copie depuis la tablette ne remplace jamais un dossier : rien de ce qu'il contient n'est perdu.")
    }

    @Test func anInstallAndroidRefusesInBothLanguages() throws {
        let fixture = try TabletFixture()
        let device = try fixture.connect()
        defer { device.close() }
        try device.install(apk: TestAPK.make(package: "fr.iguane.ent", versionCode: 7), name: "ent.apk")
        let fr = try french { try #require(throws: DeviceError.self) {
            try device.install(apk: TestAPK.make(package: "fr.iguane.ent", versionCode: 5), name: "old.apk")
        } }
        #expect(fr.kind == .installFailed)
        #expect(fr.summary == "L'installation de old.apk sur la tablette \(device.label) a échoué (INSTALL_FAILED_VERSION_DOWNGRADE).")
        #expect(fr.reason == "La tablette a déjà une version plus récente de cette application.")
        #expect(fr.action == "Mettez l'APK le plus récent dans le profil, ou désinstallez d'abord l'application.")
        let en = try english { try #require(throws: DeviceError.self) {
            try device.install(apk: TestAPK.make(package: "fr.iguane.ent", versionCode: 5), name: "old.apk")
        } }
        #expect(en.summary == "Installing old.apk on tablet \(device.label) failed (INSTALL_FAILED_VERSION_DOWNGRADE).")
        #expect(en.reason == "The tablet already has a newer version of this app.")
    }

    @Test func aStepPastItsDeadlineInFrench() throws {
        let fixture = try TabletFixture()
        let device = try fixture.connect()
        defer { device.close() }
        let error = try french { try #require(throws: DeviceError.self) {
            try device.session.withDeadline(.seconds(1), Say.deadlineToSayWhatItIs) {
                Thread.sleep(forTimeInterval: 1.5)
                return try device.property("ro.serialno")
            }
        } }
        #expect(error.kind == .overran)
        #expect(error.summary == "La tablette \(device.session.label) a mis plus de 1 s à dire ce qu'elle est.")
        #expect(error.reason.hasPrefix("Elle a gardé la connexion ouverte sans finir à temps"))
        #expect(error.action.hasPrefix("Redémarrez la tablette et essayez un autre câble"))
    }

    @Test func aSerialNoTabletHasInBothLanguages() {
        let locked = DeviceError(.unauthorized, tablet: "usb 1-1.4", summary: "", reason: "", action: "")
        let fr = french { DeviceDirectory.notFound(serial: "VAL1A2B3C4E", seen: ["VAL1A2B3C4D"], unreached: [locked], looked: "USB") }
        #expect(fr.summary == "Aucune tablette n'a le numéro de série VAL1A2B3C4E (vouliez-vous dire VAL1A2B3C4D ?).")
        #expect(fr.reason == "Valise a cherché sur USB ; aucune tablette n'y a ce numéro de série. De plus, la tablette usb 1-1.4 n'a pas laissé entrer cet ordinateur : son numéro de série est inconnu.")
        #expect(fr.action == "Donnez le numéro de série VAL1A2B3C4D si c'est la tablette voulue ; donnez --tcp ADDR pour les tablettes sur le réseau."
                + " Pour laisser entrer cet ordinateur sur la tablette usb 1-1.4 : déverrouillez-la, touchez Autoriser (cochez \"Toujours autoriser\"), puis relancez la commande.")
        let en = english { DeviceDirectory.notFound(serial: "VAL1A2B3C4E", seen: [], unreached: [locked], looked: "USB and 2 TCP addresses") }
        #expect(en.summary == "No tablet with serial VAL1A2B3C4E was found.")
        #expect(en.reason == "Valise looked at USB and 2 TCP addresses; no tablet there has that serial. Also, tablet usb 1-1.4 did not let this computer in, so its serial is unknown: VAL1A2B3C4E may be that tablet.")
        #expect(en.action == "Run `valise devices` to see the tablets and their serials. To let tablet usb 1-1.4 in: unlock it, tap Allow (tick \"Always allow\"), then run the command again.")
    }

    @Test func usbTabletsValiseCannotUseInFrench() {
        french {
            let busy = USBTabletError(.busy, tablet: "VAL1 (usb 1-1.3)")
            #expect(busy.summary == "La tablette VAL1 (usb 1-1.3) est occupée par un autre programme.")
            #expect(busy.action.hasPrefix("Lancez `adb kill-server` (puis de nouveau la commande)"))
            let access = USBTabletError(.access, tablet: "VAL1 (usb 1-1.3)")
            #expect(access.summary == "Cet ordinateur ne permet pas à Valise d'utiliser la tablette VAL1 (usb 1-1.3).")
            #expect(access.reason == "Cet utilisateur ne peut pas écrire sur le périphérique USB : la règle udev des tablettes Android manque.")
            #expect(access.action == "Lancez une fois `sudo valise setup-usb` (il installe la règle udev), puis débranchez et rebranchez les tablettes.")
        }
        english {
            #expect(USBTabletError(.busy, tablet: "VAL1 (usb 1-1.3)").summary == "Tablet VAL1 (usb 1-1.3) is held by another program.")
        }
    }

    @Test func caseMapProblemsInBothLanguages() throws {
        let text = "case: valise-1\nslots:\n  x: 1-1.1\n  2: zz\n"
        let fr = try french { try #require(throws: FileProblems.self) { try CaseMap.parse(text, file: "cases/valise-1.yaml") } }
        #expect(fr.diagnostics.map(\.message) == ["l'emplacement 'x' n'est pas un nombre entier positif",
                                                  "emplacement 2 : 'zz' est relatif mais le plan n'a pas de hub"])
        #expect(fr.diagnostics.map(\.fix) == ["numérotez les emplacements comme sur la mallette : 1, 2, 3…",
                                              "écrivez 1-1.zz, ou ajoutez hub: 1-1"])
        let en = try english { try #require(throws: FileProblems.self) { try CaseMap.parse(text, file: "cases/valise-1.yaml") } }
        #expect(en.diagnostics.map(\.message) == ["slot 'x' is not a positive whole number", "slot 2: 'zz' is relative but the map has no hub"])
        let missing = try french { try #require(throws: FileProblems.self) { try CaseMap.load(URL(fileURLWithPath: "/nonexistent/valise-9.yaml")) } }
        #expect(missing.diagnostics.first?.message == "le plan de mallette n'existe pas ou ne peut pas être lu")
    }

    @Test func aFastbootTabletNobodyAnswersInFrench() throws {
        let listener = try TCPSocket.listen(host: "127.0.0.1", port: 0)
        let port = listener.localPort
        listener.close()
        let error = try french { try #require(throws: FastbootError.self) { try FastbootDevice.connect(TCPAddress(host: "127.0.0.1", port: port), timeout: .seconds(1)) } }
        #expect(error.kind == .unreachable)
        #expect(error.summary == "Impossible de joindre la tablette tcp:127.0.0.1:\(port) en mode fastboot.")
        #expect(error.action.hasPrefix("Mettez la tablette en mode fastboot"))
    }

    @Test func aMistypedAddressInFrench() {
        let said = french { () -> String in
            do { _ = try TCPAddress.parse("tablette") } catch { return "\(error)" }
            return ""
        }
        #expect(said == "\"tablette\" n'est ni HOST:PORT ni HOST:PORT-PORT (par exemple 127.0.0.1:5555 ou 127.0.0.1:5555-5570)")
    }

    /// A USB tablet is named in the reader's language; its place stays English where it stands for a missing serial.
    @Test func aUSBTabletsPlaceInBothLanguages() {
        let info = USBDeviceInfo(busNumber: 1, deviceAddress: 4, portPath: [1, 3], vendorID: 0x18d1, productID: 0x4ee7,
                                 serial: nil, kind: .adb, interfaceNumber: 0, endpointIn: 0x81, endpointOut: 0x01, maxPacketSize: 512)
        let slot = USBTabletSlot(info: info, place: SlotPlace(caseName: "valise-1", slot: 3))
        #expect(french { slot.label } == "tablette (emplacement 3 de valise-1, usb 1-1.3)")
        #expect(english { slot.label } == "tablet (slot 3 of valise-1, usb 1-1.3)")
        #expect(french { slot.placeDescription } == "slot 3 of valise-1, usb 1-1.3")
    }
}
