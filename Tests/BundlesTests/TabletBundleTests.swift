import Foundation
import Profiles
import Signing
import TestSupport
import Testing
@testable import Bundles

/// Bundles and enrolment payloads built from the demo profile.
@Suite struct TabletBundleTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func demo() throws -> ResolvedProfile {
        let loader = ProfileLoader(environment: ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi", "HOME": "/nonexistent"])
        return try loader.load(repository.appendingPathComponent("Profiles/demo/5A.yaml")).get()
    }

    @Test func sameInputsSameBytesAndTheSecretsAreFlagged() throws {
        let profile = try Self.demo()
        let issued = Date(timeIntervalSince1970: 1_788_000_000)
        let a = try TabletBundle(profile: profile, target: BundleTarget(serial: "VAL1", slot: 3, sequence: 2, issuedAt: issued))
        let b = try TabletBundle(profile: profile, target: BundleTarget(serial: "VAL1", slot: 3, sequence: 2, issuedAt: issued))
        #expect(a.bytes == b.bytes)
        #expect(a.containsSecrets)
        let c = try TabletBundle(profile: profile, target: BundleTarget(serial: "VAL1", slot: 3, sequence: 3, issuedAt: issued))
        #expect(a.bytes != c.bytes)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(a.bytes)) as? [String: Any])
        #expect(json["sequence"] as? Int == 2)
        #expect((json["identity"] as? [String: Any])?["name"] as? String == profile.tabletName(slot: 3, serial: "VAL1"))
        #expect(((json["settings"] as? [String: Any])?["device"] as? [String: Any])?["time_zone"] as? String == "America/Marigot")
        let wifi = try #require(json["wifi"] as? [[String: Any]])
        #expect(wifi.first?["passphrase"] as? String == "valise-demo-wifi")
        #expect(json["issued_at"] as? String == ISO8601DateFormatter().string(from: issued))
        #expect(json["expires_at"] as? String == ISO8601DateFormatter().string(from: issued.addingTimeInterval(365 * 86400)))
    }

    @Test func theAgentsSigningCertificateIsReadFromAnAPKSignedByApksigner() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-apk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let python = try Tools.locate("python3", package: "python3")
        let openssl = try Tools.locate("openssl", package: "openssl")
        let apksigner = try Tools.locate("apksigner", package: "apksigner")
        let path = { (name: String) in folder.appendingPathComponent(name).path }
        let zip = "import zipfile,sys\nwith zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_STORED) as z:\n z.writestr('AndroidManifest.xml',b'x')\n z.writestr('classes.dex',b'dex')"
        #expect(try Tools.run(python, ["-c", zip, path("a.apk")]).status == 0)
        #expect(try Tools.run(openssl, ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", path("k.pem"), "-out", path("c.pem"),
                                        "-subj", "/CN=Valise agent", "-days", "10"]).status == 0)
        #expect(try Tools.run(openssl, ["pkcs8", "-topk8", "-nocrypt", "-in", path("k.pem"), "-outform", "DER", "-out", path("k.pk8")]).status == 0)
        #expect(try Tools.run(openssl, ["x509", "-in", path("c.pem"), "-outform", "DER", "-out", path("c.der")]).status == 0)
        let sign = try Tools.run(apksigner, ["sign", "--key", path("k.pk8"), "--cert", path("c.der"), "--min-sdk-version", "24",
                                             "--out", path("signed.apk"), path("a.apk")])
        #expect(sign.status == 0, "\(sign.output)")
        let signed = [UInt8](try Data(contentsOf: folder.appendingPathComponent("signed.apk")))
        #expect(try APKSigningCertificate.certificate(ofAPK: signed) == [UInt8](try Data(contentsOf: folder.appendingPathComponent("c.der"))))
        let expected = Data(Digest.sha256([UInt8](try Data(contentsOf: folder.appendingPathComponent("c.der"))))).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        #expect(try APKSigningCertificate.checksum(ofAPK: signed) == expected)
        let unsigned = [UInt8](try Data(contentsOf: folder.appendingPathComponent("a.apk")))
        #expect(throws: APKSigningCertificate.Problem.self) { try APKSigningCertificate.checksum(ofAPK: unsigned) }
        #expect(throws: APKSigningCertificate.Problem.self) { try APKSigningCertificate.checksum(ofAPK: Array("not a zip".utf8)) }
        #expect(throws: APKSigningCertificate.Problem.self) { try APKSigningCertificate.checksum(ofAPK: Array(signed.prefix(signed.count / 2))) }
    }

    @Test func enrolmentPayloadCarriesTheAgentWifiAndClass() throws {
        let payload = try EnrollmentPayload(profile: try Self.demo(), agentURL: URL(string: "https://parc.example.fr/agent.apk")!,
                                            signatureChecksum: "abc", caFingerprint: "AA:BB")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(payload.document.canonicalBytes)) as? [String: Any])
        let p = "android.app.extra.PROVISIONING_"
        #expect(json[p + "DEVICE_ADMIN_COMPONENT_NAME"] as? String == "fr.valise.agent/.AdminReceiver")
        #expect(json[p + "WIFI_SSID"] as? String == "Valise-Demo")
        #expect(json[p + "WIFI_SECURITY_TYPE"] as? String == "WPA")
        #expect(json[p + "TIME_ZONE"] as? String == "America/Marigot")
        #expect((json[p + "ADMIN_EXTRAS_BUNDLE"] as? [String: Any])?["fr.valise.class"] as? String == "5A")
        #expect(payload.containsSecrets)
        #expect(throws: EnrollmentProblem.self) {
            _ = try EnrollmentPayload(profile: try Self.demo(), agentURL: URL(string: "http://x/a.apk")!, signatureChecksum: "a", caFingerprint: nil)
        }
    }
}
