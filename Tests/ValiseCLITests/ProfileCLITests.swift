import Foundation
import TestSupport
import Testing

/// `valise profile`, `bundle build`, `qr` and `mobileconfig` on the repository's profiles.
@Suite struct ProfileCLITests {
    let cli = CLITests()
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var demo: String { repository.appendingPathComponent("Profiles/demo/5A.yaml").path }

    /// A VALISE_HOME whose secrets.yaml (0600) holds every secret the district's profiles name.
    static func home() throws -> TemporaryDirectory {
        let folder = TemporaryDirectory()
        let valise = folder.url.appendingPathComponent("valise")
        try FileManager.default.createDirectory(at: valise, withIntermediateDirectories: true)
        let names = ["clair-saint-maximin", "emile-choisy", "mireille-choisy", "mont-des-accords", "omer-arrondell", "quartier-orleans", "soualiga"]
        let secrets = valise.appendingPathComponent("secrets.yaml")
        try Data(names.map { "wifi-\($0): phrase-de-passe-\($0)" }.joined(separator: "\n").utf8).write(to: secrets)
        chmod(secrets.path, 0o600)
        return folder
    }

    @Test func theDistrictsProfilesPassAndABrokenOneGetsLocatedLines() throws {
        let home = try Self.home()
        let ok = try cli.valise(["profile", "check", Self.repository.appendingPathComponent("Profiles").path], home: home.url,
                                extra: ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("no problems"))
        let bad = home.file("bad.yaml")
        try Data("kind: class\nclass: 5A\nwifi:\n  - ssdi: École\n    security: wpa2-psk\n    passphrase: inline-secret\n".utf8).write(to: bad)
        let broken = try cli.valise(["profile", "check", bad.path], home: home.url)
        #expect(broken.status == 65)
        #expect(broken.stderr.contains("bad.yaml:4:"))
        #expect(broken.stderr.contains("did you mean 'ssid'"))
        #expect(!broken.stderr.contains("inline-secret"))
    }

    /// A station unit checks its profile before it starts: a missing one is a located problem, exit 65 (not restarted).
    @Test func aMissingProfileIsALocatedProblem() throws {
        let home = try Self.home()
        let missing = home.file("profiles/6B.yaml").path
        let check = try cli.valise(["profile", "check", missing], home: home.url)
        #expect(check.status == 65)
        #expect(check.stderr.contains("\(missing):1:1: the profile file does not exist or cannot be read"), "\(check.stderr)")
        #expect(check.stderr.contains("Fix: "))
    }

    @Test func showMasksSecrets() throws {
        let home = try Self.home()
        let show = try cli.valise(["profile", "show", "5A", "--school", "DEMO", "--root", Self.repository.appendingPathComponent("Profiles").path,
                                   "--resolved"], home: home.url, extra: ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi"])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("Valise-Demo"))
        #expect(!show.stdout.contains("valise-demo-wifi"))
        #expect(show.stdout.contains("••••••"))
    }

    @Test func bundleBuildIsDeterministicPrivateAndSigned() throws {
        let home = try Self.home()
        let environment = ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi"]
        #expect(try cli.valise(["keys", "init", "--organization", "Parc"], home: home.url).status == 0)
        let a = home.file("a.json").path, b = home.file("b.json").path
        for output in [a, b] {
            let run = try cli.valise(["bundle", "build", "--profile", Self.demo, "--allow-unconfirmed", "--serial", "VAL1", "--slot", "4", "--sequence", "7",
                                      "--issued-at", "2026-09-01T07:30:00Z", "-o", output, "--sign"], home: home.url, extra: environment)
            #expect(run.status == 0, "\(run.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
        #expect(try FileManager.default.attributesOfItem(atPath: a)[.posixPermissions] as? Int == 0o600)
        let openssl = try Tools.locate("openssl", package: "openssl")
        let verify = try Tools.run(openssl, ["cms", "-verify", "-binary", "-inform", "DER", "-in", a + ".sig", "-content", a,
                                             "-CAfile", home.url.appendingPathComponent("valise/keys/ca.pem").path, "-out", "/dev/null"])
        #expect(verify.status == 0, "\(verify.output)")
    }

    @Test func theEnrolmentQRCodeReadsBackAsItsJSON() throws {
        let home = try Self.home()
        let png = home.file("qr.png").path
        let run = try cli.valise(["qr", "--profile", Self.demo, "--allow-unconfirmed", "--agent-url", "https://parc.example.fr/valise-agent.apk",
                                  "--signature-checksum", "jD_eOHreU8TBKWaniZw8tPtnlAAhIwmsTqDUvj06E6M", "-o", png],
                                 home: home.url, extra: ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi"])
        #expect(run.status == 0, "\(run.stderr)")
        let zbar = try Tools.run(try Tools.locate("zbarimg", package: "zbar-tools"), ["--raw", "-q", png])
        let json = try Data(contentsOf: home.file("qr.json"))
        #expect(zbar.stdout.dropLast() == [UInt8](json))   // zbarimg ends with a newline
        #expect(String(decoding: json, as: UTF8.self).contains("\"android.app.extra.PROVISIONING_WIFI_SSID\":\"Valise-Demo\""))
        #expect(try FileManager.default.attributesOfItem(atPath: png)[.posixPermissions] as? Int == 0o600)
        let http = try cli.valise(["qr", "--profile", Self.demo, "--allow-unconfirmed", "--agent-url", "http://parc/a.apk", "--signature-checksum", "jD_eOHreU8TBKWaniZw8tPtnlAAhIwmsTqDUvj06E6M"],
                                  home: home.url, extra: ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi"])
        #expect(http.status == 64)
        #expect(http.stderr.contains("https"))
        let garbled = try cli.valise(["qr", "--profile", Self.demo, "--allow-unconfirmed", "--agent-url", "https://parc.example.fr/a.apk", "--signature-checksum", "jD_eOHreU8TBK"],
                                     home: home.url, extra: ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi"])
        #expect(garbled.status == 64)
        #expect(garbled.stderr.contains("is not a signing-certificate checksum"), "\(garbled.stderr)")
    }

    /// The QR code names the built agent by its signing certificate, as apksigner reads it from the APK.
    @Test func theQRCodeCarriesTheBuiltAgentsSignatureChecksum() throws {
        let home = try Self.home()
        let apk = try RealAgent.apk()
        let run = try cli.valise(["qr", "--profile", Self.demo, "--allow-unconfirmed", "--agent-url", "https://parc.example.fr/valise-agent.apk", "-o", home.file("qr.png").path],
                                 home: home.url, extra: ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: try Data(contentsOf: home.file("qr.json"))) as? [String: Any]
        let checksum = json?["android.app.extra.PROVISIONING_DEVICE_ADMIN_SIGNATURE_CHECKSUM"] as? String
        let certs = try Tools.run(try Tools.locate("apksigner", package: "apksigner"), ["verify", "--print-certs", apk.path])
        let hex = try #require(certs.text.firstMatch(of: /certificate SHA-256 digest: ([0-9a-f]{64})/)?.1)
        let bytes = stride(from: 0, to: hex.count, by: 2).map { UInt8(hex.dropFirst($0).prefix(2), radix: 16)! }
        let expected = Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        #expect(checksum == expected, "\(certs.output)")
    }

    @Test func theIPadProfileIsSignedForOpenSSLSmime() throws {
        let home = try Self.home()
        #expect(try cli.valise(["keys", "init", "--organization", "Parc"], home: home.url).status == 0)
        let file = home.file("5a.mobileconfig").path
        let run = try cli.valise(["mobileconfig", "--profile", Self.demo, "--allow-unconfirmed", "-o", file], home: home.url, extra: ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi"])
        #expect(run.status == 0, "\(run.stderr)")
        let verify = try Tools.run(try Tools.locate("openssl", package: "openssl"),
                                   ["smime", "-verify", "-inform", "DER", "-in", file, "-CAfile", home.url.appendingPathComponent("valise/keys/ca.pem").path])
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(verify.text.contains("<string>Valise-Demo</string>"))
        #expect(verify.text.contains("com.apple.webClip.managed"))
    }

    @Test func aWholeCaseIsBuiltFromABatchFile() throws {
        let home = try Self.home()
        let environment = ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi"]
        let batch = home.file("case.txt")
        try Data("# valise 1\nVALA 1\nVALB 2\n\nVALC 3\n".utf8).write(to: batch)
        let out = home.url.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let run = try cli.valise(["bundle", "build", "--profile", Self.demo, "--allow-unconfirmed", "--batch", batch.path, "--output-dir", out.path], home: home.url, extra: environment)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["VALA.bundle.json", "VALB.bundle.json", "VALC.bundle.json"])
        try Data("VALA 1\nVALB two\n".utf8).write(to: batch)
        let bad = try cli.valise(["bundle", "build", "--profile", Self.demo, "--allow-unconfirmed", "--batch", batch.path, "--output-dir", out.path], home: home.url, extra: environment)
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("case.txt:2: \"VALB two\" is not \"SERIAL SLOT\""))
    }
}
