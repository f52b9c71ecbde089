import Foundation
import Signing
import Testing
@testable import Simulator

@Suite struct PersonaAgentTests {
    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    static func trustRequest(_ pem: String = PersonaTestSupport.caPEM) -> [UInt8] {
        Array("TRUST \(pem.utf8.count)\n".utf8) + Array(pem.utf8)
    }

    static func applyRequest(_ json: String, signature: String = "good") -> [UInt8] {
        Array("APPLY \(json.utf8.count) \(signature.utf8.count) 4\n".utf8) + Array(json.utf8) + Array(signature.utf8) + Array("cert".utf8)
    }

    static func bundle(_ extra: String = "") -> String {
        """
        {"format": 1, "sequence": 1, "issued_at": "2026-01-01T00:00:00Z", "expires_at": "2099-01-01T00:00:00Z",
         "settings": {"device": {"time_zone": "Europe/Brussels", "locale": "fr-BE"}},
         "identity": {"name": "Tablette 12", "serial": "X", "slot": 12},
         "wifi": [{"ssid": "Ecole", "security": "wpa2-psk", "passphrase": "motdepasse"}],
         "filtering": {"proxy": {"type": "manual", "host": "proxy.ac", "port": 3128}, "ca_certificates": []},
         "ent": {"homepage": "https://ent.example"}, "restrictions": ["no_factory_reset", "no_add_user"],
         "system_update": {"policy": "windowed", "window_start": 120, "window_end": 240,
                           "freeze_periods": [{"start": "06-01", "end": "06-30"}]}\(extra)}
        """
    }

    static let bundle = bundle()

    @Test func statusTrustApply() throws {
        let p = try PersonaTestSupport.provisionedPersona()
        let c = p.makeAgentConnection()
        #expect(Self.text(c.receive(Array("STATUS\n".utf8))) == "OK -\n")
        #expect(Self.text(c.receive(Array("APPLY 2 4 4\n{}goodcert".utf8))).hasPrefix("ERR no-ca "))
        #expect(Self.text(c.receive(Self.trustRequest())) == "OK\n")
        #expect(Self.text(c.receive(Self.trustRequest())).hasPrefix("ERR already-trusted"))
        let digest = Digest.hex(Digest.sha256(Array(Self.bundle.utf8)))
        #expect(Self.text(c.receive(Self.applyRequest(Self.bundle))) == "OK \(digest) " + #"{"app_restrictions":["com.android.chrome"],"#
                + #""auto_time":true,"ca_certificates":0,"device_name":"Tablette 12","freeze_periods":["06-01/06-30"],"#
                + #""global_proxy":"proxy.ac:3128","restrictions":["no_add_user","no_factory_reset"],"system_update":"windowed:120-240","#
                + #""time_zone":"Europe/Brussels","wifi":["Ecole"]}"# + "\n")
        #expect(Self.text(c.receive(Array("STATUS\n".utf8))) == "OK \(digest)\n")
        #expect(p.identity.timeZone == "Europe/Brussels")
        #expect(p.run("settings get global device_name").stdoutText == "Tablette 12\n")
        #expect(p.run("cmd wifi list-networks").stdoutText.contains("0            Ecole                            wpa2-psk"))
        #expect(p.agentEntitlementsJSON?.contains("ent.example") == true)
        #expect(p.applications["agent:apply"] == 1 && p.applications["agent:trust"] == 1)
        // Stale sequence.
        #expect(Self.text(c.receive(Self.applyRequest(Self.bundle))).hasPrefix("ERR stale-sequence "))
        #expect(p.applications["agent:apply"] == 1)
        #expect(c.wantsClose == false)
    }

    @Test func trustAndSequencePersist() throws {
        let dir = try PersonaTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            let p = try PersonaTestSupport.persona(verifier: PersonaFakeVerifierFactory(), directory: dir)
            _ = p.installPackage(apk: PersonaTestSupport.agentAPK, arguments: [])
            _ = p.run("dpm set-device-owner fr.valise.agent/.AdminReceiver")
            let c = p.makeAgentConnection()
            #expect(Self.text(c.receive(Self.trustRequest() + Self.applyRequest(Self.bundle))).hasPrefix("OK\nOK "))
        }
        let q = try PersonaTestSupport.persona(verifier: PersonaFakeVerifierFactory(), directory: dir)
        #expect(q.agentLastSequence == 1)
        let c = q.makeAgentConnection()
        #expect(Self.text(c.receive(Self.trustRequest())).hasPrefix("ERR already-trusted"))
        #expect(Self.text(c.receive(Self.applyRequest(Self.bundle))).hasPrefix("ERR stale-sequence"))
        #expect(Self.text(c.receive(Array("STATUS\n".utf8))) == "OK \(Digest.hex(Digest.sha256(Array(Self.bundle.utf8))))\n")
    }

    @Test func badSignatureBadJSONBadCA() throws {
        let p = try PersonaTestSupport.provisionedPersona()
        let c = p.makeAgentConnection()
        #expect(Self.text(c.receive(Self.trustRequest("not a certificate"))).hasPrefix("ERR bad-ca "))
        #expect(Self.text(c.receive(Self.trustRequest("-----BEGIN CERTIFICATE-----\nBROKEN\n-----END CERTIFICATE-----\n")))
                == "ERR bad-ca unable to parse certificate\n")
        #expect(Self.text(c.receive(Self.trustRequest())) == "OK\n")
        #expect(Self.text(c.receive(Self.applyRequest(Self.bundle, signature: "evil")))
                == "ERR bad-signature CMS_verify: certificate verify error\n")
        #expect(Self.text(c.receive(Self.applyRequest("[1,2]"))).hasPrefix("ERR bad-json "))
        #expect(Self.text(c.receive(Self.applyRequest("{\"sequence\": \"x\"}"))).hasPrefix("ERR bad-json "))
        #expect(Self.text(c.receive(Self.applyRequest("not json"))).hasPrefix("ERR bad-json "))
        #expect(Self.text(c.receive(Self.applyRequest(Self.bundle(#", "colour": 1"#))))
                == "ERR bad-json unknown key \"colour\"\n")
        #expect(Self.text(c.receive(Self.applyRequest(Self.bundle.replacingOccurrences(of: "\"locale\"", with: "\"langue\""))))
                == "ERR bad-json unknown key \"settings.device.langue\"\n")
        #expect(Self.text(c.receive(Self.applyRequest(Self.bundle.replacingOccurrences(of: "2099", with: "2020"))))
                == "ERR expired bundle expired at 2020-01-01T00:00:00Z\n")
        #expect(p.applications["agent:apply"] == nil)
        #expect(p.identity.timeZone == "Europe/Paris")
    }

    @Test func noVerifierMeansBadCA() throws {
        let p = try PersonaTestSupport.provisionedPersona(verifier: nil)
        let c = p.makeAgentConnection()
        #expect(Self.text(c.receive(Self.trustRequest())) == "ERR bad-ca verification unavailable\n")
    }

    @Test func notOwner() throws {
        let p = try PersonaTestSupport.persona(verifier: PersonaFakeVerifierFactory())
        let c = p.makeAgentConnection()
        #expect(Self.text(c.receive(Self.trustRequest())) == "OK\n")
        #expect(Self.text(c.receive(Self.applyRequest(Self.bundle))).hasPrefix("ERR not-owner "))
    }

    @Test func tooLargeIsDroppedWithoutBuffering() throws {
        let p = try PersonaTestSupport.provisionedPersona()
        let c = p.makeAgentConnection()
        let big = AgentConnection.maxBundleBytes + 1
        #expect(Self.text(c.receive(Array("APPLY \(big) 4 4\n".utf8))).hasPrefix("ERR too-large "))
        let chunk = [UInt8](repeating: 0x41, count: 1 << 20)
        var remaining = big + 8
        while remaining > 0 {
            let n = min(remaining, chunk.count)
            #expect(c.receive(Array(chunk[..<n])).isEmpty)
            remaining -= n
        }
        #expect(Self.text(c.receive(Array("STATUS\n".utf8))) == "OK -\n")
        #expect(Self.text(c.receive(Array("APPLY 10 70000 4\n".utf8))).hasPrefix("ERR too-large "))
    }

    @Test func malformedRequests() throws {
        let p = try PersonaTestSupport.provisionedPersona()
        let c = p.makeAgentConnection()
        #expect(Self.text(c.receive(Array("HELLO\n".utf8))).hasPrefix("ERR unknown-command "))
        #expect(Self.text(c.receive(Array("APPLY x 3 4\n".utf8))).hasPrefix("ERR unknown-command "))
        #expect(Self.text(c.receive(Array("APPLY 2 3\n".utf8))).hasPrefix("ERR unknown-command "))
        #expect(Self.text(c.receive(Array("TRUST -5\n".utf8))).hasPrefix("ERR unknown-command "))
        #expect(c.wantsClose == false)
        let long = c.receive([UInt8](repeating: 0x61, count: 1025))
        #expect(Self.text(long).hasPrefix("ERR unknown-command "))
        #expect(c.wantsClose)
        #expect(c.receive(Array("STATUS\n".utf8)).isEmpty)
    }

    @Test func splitOneByteAtATimeMatchesAllAtOnce() throws {
        let script = Array("STATUS\n".utf8) + Self.trustRequest() + Array("BOGUS\n".utf8)
            + Self.applyRequest(Self.bundle, signature: "evil") + Self.applyRequest(Self.bundle)
            + Array("STATUS\n".utf8) + Self.applyRequest(Self.bundle)
        let whole = try PersonaTestSupport.provisionedPersona()
        let expected = whole.makeAgentConnection().receive(script)
        let split = try PersonaTestSupport.provisionedPersona()
        let c = split.makeAgentConnection()
        var got: [UInt8] = []
        for b in script { got += c.receive([b]) }
        #expect(got == expected)
        #expect(Self.text(expected).split(separator: "\n").count == 7)
        #expect(Self.text(expected).hasPrefix("OK -\nOK\nERR unknown-command BOGUS\nERR bad-signature"))
    }
}
