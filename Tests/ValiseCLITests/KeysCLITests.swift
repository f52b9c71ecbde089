import Foundation
import TestSupport
import Testing

/// `valise keys` and `valise bundle sign|verify`, checked against the openssl command.
@Suite struct KeysCLITests {
    let cli = CLITests()

    @Test func keysAreCreatedOnceAndProtected() throws {
        let folder = TemporaryDirectory()
        let first = try cli.valise(["keys", "init", "--organization", "Pôle numérique de Saint-Martin"], home: folder.url)
        #expect(first.status == 0, "\(first.stderr)")
        let keys = folder.url.appendingPathComponent("valise/keys")
        let before = try Data(contentsOf: keys.appendingPathComponent("signing.key"))
        for name in ["ca.key", "signing.key"] {
            let mode = try FileManager.default.attributesOfItem(atPath: keys.appendingPathComponent(name).path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
        let again = try cli.valise(["keys", "init", "--organization", "Autre"], home: folder.url)
        #expect(again.status == 1)
        #expect(again.stderr.contains("never replaced"))
        #expect(try Data(contentsOf: keys.appendingPathComponent("signing.key")) == before)
        let show = try cli.valise(["keys", "show"], home: folder.url)
        #expect(show.stdout.contains("O=Pôle numérique de Saint-Martin"))
        #expect(show.stdout.contains("fingerprint: SHA-256 "))

        chmod(keys.appendingPathComponent("signing.key").path, 0o644)
        let loose = try cli.valise(["keys", "show"], home: folder.url)
        #expect(loose.status == 1)
        #expect(loose.stderr.contains("chmod 600"))
    }

    @Test func signedBundlesVerifyWithOpenSSLAndTamperingIsCaught() throws {
        let openssl = try Tools.locate("openssl", package: "openssl")
        let folder = TemporaryDirectory()
        #expect(try cli.valise(["keys", "init", "--organization", "Parc A"], home: folder.url).status == 0)
        let bundle = folder.file("bundle.json")
        try Data(#"{"expires_at":"2099-01-01T00:00:00Z","issued_at":"2026-01-01T00:00:00Z","sequence":1}"#.utf8).write(to: bundle)
        let sign = try cli.valise(["bundle", "sign", bundle.path], home: folder.url)
        #expect(sign.status == 0, "\(sign.stderr)")
        let signature = bundle.path + ".sig"
        let ca = folder.url.appendingPathComponent("valise/keys/ca.pem").path
        let stock = try Tools.run(openssl, ["cms", "-verify", "-binary", "-inform", "DER", "-in", signature, "-content", bundle.path,
                                               "-CAfile", ca, "-out", "/dev/null"])
        #expect(stock.status == 0, "\(stock.output)")
        #expect(try cli.valise(["bundle", "verify", bundle.path, signature], home: folder.url).status == 0)

        try Data(#"{"expires_at":"2099-01-01T00:00:00Z","issued_at":"2026-01-01T00:00:00Z","sequence":2}"#.utf8).write(to: bundle)
        let tampered = try cli.valise(["bundle", "verify", bundle.path, signature], home: folder.url)
        #expect(tampered.status == 65)
        #expect(tampered.stderr.contains("changed after signing"))

        // Signed by another parc: refused against this parc's CA.
        let other = TemporaryDirectory()
        #expect(try cli.valise(["keys", "init", "--organization", "Parc B"], home: other.url).status == 0)
        #expect(try cli.valise(["bundle", "sign", bundle.path, "-o", folder.file("b.sig").path], home: other.url).status == 0)
        let foreign = try cli.valise(["bundle", "verify", bundle.path, folder.file("b.sig").path, "--ca", ca], home: folder.url)
        #expect(foreign.status == 65)
        #expect(foreign.stderr.contains("another parc"))
    }

    /// Signed by this parc, so the signature holds: only the dates decide.
    @Test func verifyChecksTheDatesWithFiveMinutesOfTolerance() throws {
        let folder = TemporaryDirectory()
        #expect(try cli.valise(["keys", "init", "--organization", "Parc A"], home: folder.url).status == 0)
        let profile = ProvisionCLITests.repository.appendingPathComponent("Profiles/demo/5A.yaml").path
        let environment = ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi"]
        func verify(issuedAt: String, validDays: Int = 365) throws -> CLITests.Run {
            let output = folder.file("VAL1.bundle.json").path
            let build = try cli.valise(["bundle", "build", "--profile", profile, "--allow-unconfirmed", "--serial", "VAL1", "--slot", "1", "--issued-at", issuedAt,
                                        "--valid-days", "\(validDays)", "--sign", "-o", output], home: folder.url, extra: environment)
            #expect(build.status == 0, "\(build.stderr)")
            return try cli.valise(["bundle", "verify", output, output + ".sig"], home: folder.url)
        }
        let expired = try verify(issuedAt: "2019-09-01T08:00:00Z")
        #expect(expired.status == 65)
        #expect(expired.stderr.contains("Error: \(folder.file("VAL1.bundle.json").path) expired on 2020-08-31T08:00:00Z (expires_at)."),
                "\(expired.stderr)")
        #expect(expired.stderr.contains("Why: Its signature is valid, but its expires_at is past"))
        #expect(expired.stderr.contains("5 minutes"))
        #expect(expired.stderr.contains("Fix: Build and sign a new bundle"))
        let future = try verify(issuedAt: "2030-01-01T00:00:00Z")
        #expect(future.status == 65)
        #expect(future.stderr.contains("is not valid before 2030-01-01T00:00:00Z (issued_at)."), "\(future.stderr)")
        #expect(future.stderr.contains("its issued_at is in the future"))
        let formatter = ISO8601DateFormatter()
        let tenMinutesAhead = try verify(issuedAt: formatter.string(from: Date().addingTimeInterval(600)))
        #expect(tenMinutesAhead.status == 65)
        let twoMinutesAhead = try verify(issuedAt: formatter.string(from: Date().addingTimeInterval(120)))
        #expect(twoMinutesAhead.status == 0, "\(twoMinutesAhead.stderr)")
        #expect(twoMinutesAhead.stdout.contains("signature valid, trusted by"))
        #expect(twoMinutesAhead.stdout.contains("dates valid"))
    }
}
