import ADB
import Devices
import Fastboot
import Firmware
import Foundation
import Odin
import SamsungFirmware
import Signing
import Simulator
import Testing
import Transports
import TestSupport

/// A simulated tablet's Download mode as an Odin transport, in memory (a pulled cable ends it).
final class DownloadLinkTransport: OdinTransport, @unchecked Sendable {
    private var link: OdinDeviceLink
    private var replies: [[UInt8]] = []
    private var gone = false
    struct Unplugged: Error {}

    init(_ link: OdinDeviceLink) { self.link = link }

    func send(_ transfer: [UInt8], timeout: Duration) throws {
        guard !gone else { throw Unplugged() }
        let step = link.received(transfer)
        replies += step.transfers
        gone = step.ends
    }

    func receive(timeout: Duration) throws -> [UInt8] {
        guard !replies.isEmpty else { throw Unplugged() }
        return replies.removeFirst()
    }
}

/// Simulated tablets (sample identities: 0 SM-T220, 1 Lenovo TB-X306F, 2 SM-X200…) reached as the engine reaches
/// them: ADB and fastboot over loopback, Download mode in memory; the demo firmware made by Scripts/make-demo-firmware.
final class SamsungFirmwareFixture: @unchecked Sendable {
    let folder: URL
    let tablets: [SimulatedTablet]
    let connector: DeviceConnector
    let catalogFile: URL

    init(count: Int, faults: (Int) -> [String] = { _ in [] }, identities: (Int) -> TabletIdentity = { TabletIdentity.sample(index: $0) }) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-samsung-\(UUID().uuidString)", isDirectory: true)
        self.folder = folder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        tablets = try (0..<count).map { index in
            var simulated = SimulatedFaults()
            for word in faults(index) { try simulated.apply(word) }
            let tablet = try SimulatedTablet(identity: identities(index), stateDirectory: folder.appendingPathComponent("tablet-\(index)"), faults: simulated)
            tablet.start()
            return tablet
        }
        let keyring = try ADBKeyring.load(androidDirectory: folder.appendingPathComponent("android").path,
                                          valiseHome: folder.appendingPathComponent("home").path, vendorKeys: nil)
        var options = SessionOptions()
        options.ioTimeout = .seconds(20)
        connector = DeviceConnector(authenticator: keyring, options: options)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Scripts/make-demo-firmware").standardized
        let made = try Tools.run(try Tools.locate("python3", package: "python3"), [script.path, folder.appendingPathComponent("firmware").path])
        #expect(made.status == 0, "\(made.output)")
        catalogFile = folder.appendingPathComponent("firmware/catalog.yaml")
    }

    deinit {
        tablets.forEach { $0.stop() }
        try? FileManager.default.removeItem(at: folder)
    }

    func catalog() throws -> FirmwareCatalog { try FirmwareCatalog.load(catalogFile).get() }

    /// How the engine reaches tablet `index`: ADB, its fastboot port, and (Samsung) its Download mode.
    func flashTablet(_ index: Int) -> FlashTablet {
        let tablet = tablets[index]
        let connector = connector
        let address = TCPAddress(host: "127.0.0.1", port: tablet.port)
        var download: (@Sendable () throws -> DownloadModeLink)?
        if tablet.downloadMode != nil {
            download = { @Sendable in
                DownloadModeLink(transport: DownloadLinkTransport(try tablet.downloadLink()), label: "sim \(tablet.serial)", close: {})
            }
        }
        return FlashTablet(name: address.description, serial: tablet.serial, adb: { try connector.connect(address) }, fastboot: { () throws(FastbootError) in
            try FastbootDevice.connect(TCPAddress(host: "127.0.0.1", port: tablet.fastbootPort ?? 0), timeout: .seconds(2))
        }, download: download)
    }

    var journal: FolderFlashJournal { FolderFlashJournal(folder: folder.appendingPathComponent("journal")) }

    var flasher: FirmwareFlasher {
        var flasher = FirmwareFlasher(journal: journal)
        flasher.bootTimeout = .seconds(30)
        flasher.pollInterval = .milliseconds(50)
        return flasher
    }

    /// Flashes tablets `indices` with their catalog entries, all at once.
    func flash(_ indices: [Int], catalog: FirmwareCatalog? = nil) throws -> [Result<FlashResult, FirmwareFlashError>] {
        let catalog = try catalog ?? self.catalog()
        let standings = FirmwareCase.check(indices.map(flashTablet), catalog: catalog, journal: journal)
        let jobs = try zip(indices, standings).map { index, standing in
            var tablet = flashTablet(index)
            tablet.serial = standing.build?.serial
            return (tablet: tablet, entry: try #require(standing.entry, "tablet \(index): \(standing)"))
        }
        return FirmwareCase.flash(jobs, flasher: flasher) { _, _ in }
    }

    /// Replaces package `name` of `board` with `bytes`, and its size and sha256 in the catalog (only Valise's own
    /// checks of the package then stand between it and the tablets).
    func replacePackage(board: String, prefix: String, with bytes: [UInt8]) throws {
        let boardFolder = folder.appendingPathComponent("firmware/\(board)")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: boardFolder.path).first { $0.hasPrefix(prefix) })
        let file = boardFolder.appendingPathComponent(name)
        let old = [UInt8](try Data(contentsOf: file))
        try Data(bytes).write(to: file)
        var text = try String(contentsOf: catalogFile, encoding: .utf8)
        text = text.replacingOccurrences(of: "size: \(old.count)\n        sha256: \(Digest.hex(Digest.sha256(old)))",
                                         with: "size: \(bytes.count)\n        sha256: \(Digest.hex(Digest.sha256(bytes)))")
        try text.write(to: catalogFile, atomically: true, encoding: .utf8)
    }

    /// `tar` with its MD5 line, as Samsung ends a .tar.md5 (the MD5 of exactly these bytes, whole or not).
    static func withMD5(_ tar: [UInt8], name: String) -> [UInt8] {
        tar + Array("\(MD5.hex(tar))  \(name.replacingOccurrences(of: ".md5", with: ""))\n".utf8)
    }

    /// A .tar.md5 of `entries` (name, bytes), as Samsung makes them.
    static func tarMD5(_ entries: [(String, [UInt8])], name: String) -> [UInt8] {
        var tar: [UInt8] = []
        for (entry, data) in entries {
            var header = [UInt8](repeating: 0, count: 512)
            func put(_ text: String, at offset: Int) { for (i, byte) in text.utf8.enumerated() { header[offset + i] = byte } }
            put(entry, at: 0)
            put("0000644", at: 100); put("0000000", at: 108); put("0000000", at: 116)
            put(String(repeating: "0", count: 11 - String(data.count, radix: 8).count) + String(data.count, radix: 8), at: 124)
            put("00000000000", at: 136)
            put("0", at: 156)
            put("ustar", at: 257); put("00", at: 263)
            put("        ", at: 148)
            let sum = header.reduce(0) { $0 + Int($1) }
            put(String(repeating: "0", count: 6 - String(sum, radix: 8).count) + String(sum, radix: 8), at: 148)
            header[154] = 0; header[155] = 0x20
            tar += header + data + [UInt8](repeating: 0, count: (512 - data.count % 512) % 512)
        }
        tar += [UInt8](repeating: 0, count: 1024)
        return withMD5(tar, name: name)
    }
}
