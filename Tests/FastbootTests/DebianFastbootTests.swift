import Fastboot
import Foundation
import Simulator
import Testing
import TestSupport

/// Debian's own fastboot client against the simulated tablet over TCP: the simulator is trusted because the real client accepts it.
@Suite(.serialized) struct DebianFastbootTests {
    @Test func debianFastbootGetvarFlashAndReboot() throws {
        let fastboot = try Tools.locate("fastboot", package: "fastboot")
        let fixture = try FastbootFixture(index: 2)
        fixture.enterFastboot()
        func run(_ arguments: [String]) throws -> ToolRun {
            try Tools.run(fastboot, ["-s", fixture.fastbootTarget] + arguments, timeout: 60)
        }

        let product = try run(["getvar", "product"])
        #expect(product.status == 0, "\(product.output)")
        #expect(product.stderr.contains("product: \(fixture.tablet.persona.identity.device)"), "\(product.output)")
        let size = try run(["getvar", "max-download-size"])
        #expect(size.stderr.contains("max-download-size: 0x10000000"), "\(size.output)")

        let boot = Self.write(FastbootFixture.image(size: 3 << 20, seed: 5), to: fixture.file("boot.img"))
        let flash = try run(["flash", "boot", boot.path])
        #expect(flash.status == 0, "\(flash.output)")
        #expect(fixture.tablet.bootloader.flashedDigest("boot_a") == Self.sha256(boot))

        // Debian's fastboot splits this 6 MiB system image into 1 MiB sparse pieces itself (libsparse).
        let fingerprint = "samsung/gta8wifieea/gta8wifi:14/UP1A.231005.007/X200XXU9ZZZ1:user/release-keys"
        let systemBytes = FastbootFixture.image(size: 6 << 20, seed: 6, header: [("board", "gta8wifi"), ("fingerprint", fingerprint),
                                                                                 ("security_patch", "2025-01-01")])
        let system = Self.write(systemBytes, to: fixture.file("system.img"))
        let split = try run(["-S", "1M", "flash", "system", system.path])
        #expect(split.status == 0, "\(split.output)")
        #expect(split.stderr.contains("sparse"), "\(split.output)")
        #expect(fixture.tablet.bootloader.flashCount("system_a") > 1)
        #expect(fixture.tablet.bootloader.flashedDigest("system_a") == Self.sha256(system))

        let reboot = try run(["reboot"])
        #expect(reboot.status == 0, "\(reboot.output)")
        fixture.waitFor(.android)
        let device = try fixture.connectADB()
        defer { device.close() }
        #expect(try device.property("ro.build.fingerprint") == fingerprint)
        #expect(try device.property("ro.build.version.security_patch") == "2025-01-01")
    }

    static func write(_ bytes: [UInt8], to url: URL) -> URL {
        _ = FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        return url
    }

    /// The file's sha256 in hex, by coreutils' sha256sum.
    static func sha256(_ url: URL) -> String? {
        guard let tool = try? Tools.locate("sha256sum", package: "coreutils"),
              let run = try? Tools.run(tool, [url.path], timeout: 60), run.status == 0 else { return nil }
        return run.text.split(separator: " ").first.map(String.init)
    }
}
