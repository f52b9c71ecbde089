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
        try Data(#"{"sequence":1}"#.utf8).write(to: bundle)
        let sign = try cli.valise(["bundle", "sign", bundle.path], home: folder.url)
        #expect(sign.status == 0, "\(sign.stderr)")
        let signature = bundle.path + ".sig"
        let ca = folder.url.appendingPathComponent("valise/keys/ca.pem").path
        let stock = try Tools.run(openssl, ["cms", "-verify", "-binary", "-inform", "DER", "-in", signature, "-content", bundle.path,
                                               "-CAfile", ca, "-out", "/dev/null"])
        #expect(stock.status == 0, "\(stock.output)")
        #expect(try cli.valise(["bundle", "verify", bundle.path, signature], home: folder.url).status == 0)

        try Data(#"{"sequence":2}"#.utf8).write(to: bundle)
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
}

