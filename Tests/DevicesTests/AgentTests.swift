import ADB
import Devices
import Foundation
import Signing
import Simulator
import TestSupport
import Testing
import Transports

/// The agent contract end to end: host → ADB → `localabstract:valise-agent` → simulated agent, with real SHA256withRSA
/// signatures and signer certificates made by OpenSSL.
@Suite struct AgentTests {
    static func identity(_ name: String) throws -> (ca: SigningIdentity, signer: SigningIdentity) {
        let validity = DateInterval(start: Date().addingTimeInterval(-3600), duration: 86400 * 365)
        let caKey = try RSAPrivateKey.generate()
        let ca = try SigningIdentity(certificate: try CertificateFactory.makeCA(commonName: "\(name) CA", organization: name,
                                                                                 validity: validity, key: caKey), key: caKey)
        let signerKey = try RSAPrivateKey.generate()
        let signer = try SigningIdentity(certificate: try CertificateFactory.makeSigner(commonName: "\(name) signing", organization: name,
                                                                                         validity: validity, key: signerKey, ca: ca),
                                         key: signerKey)
        return (ca, signer)
    }

    static func bundle(sequence: Int) -> [UInt8] {
        Array((#"{"apps":{"install":[],"remove":[]},"expires_at":"2099-01-01T00:00:00Z","filtering":{"ca_certificates":[],"proxy":null},"#
            + #""format":1,"identity":{"name":"QO-5A-03","serial":"X","slot":3},"issued_at":"2026-01-01T00:00:00Z","#
            + #""sequence":\#(sequence),"settings":{"device":{"time_zone":"America/Marigot"}},"wifi":[]}"#).utf8)
    }

    static func apply(_ agent: AgentClient, _ bundle: [UInt8], _ signer: SigningIdentity) throws -> AgentClient.Applied {
        try agent.apply(bundle: bundle, signature: try PlainSignature.sign(bundle, identity: signer), certificate: try signer.certificate.der())
    }

    @Test func trustApplyAndStatusOverADB() throws {
        let fixture = try TabletFixture()
        let device = try fixture.connect()
        defer { device.close() }
        let refused = try #require(throws: DeviceError.self) { _ = try AgentClient(device: device) }
        #expect(refused.kind == .serviceRefused)

        try device.install(apk: TestAPK.make(package: "fr.valise.agent", versionCode: 3), name: "agent.apk", arguments: ["-r", "-t"])
        let owner = try device.shell("dpm set-device-owner fr.valise.agent/.AdminReceiver")
        #expect(owner.exitCode == 0)
        #expect(owner.text.hasPrefix("Success: Device owner set to package"))

        let parc = try Self.identity("Parc Saint-Martin")
        let agent = try AgentClient(device: device)
        #expect(try agent.status() == nil)
        let noCA = try #require(throws: AgentClient.Refusal.self) { _ = try agent.apply(bundle: Self.bundle(sequence: 1), signature: [0], certificate: [0]) }
        #expect(noCA.code == "no-ca")
        #expect(noCA.message == "no CA trusted yet: send TRUST first")
        try agent.trust(caPEM: try parc.ca.certificate.pem())
        let again = try #require(throws: AgentClient.Refusal.self) { try agent.trust(caPEM: try parc.ca.certificate.pem()) }
        #expect(again.code == "already-trusted")

        let bundle = Self.bundle(sequence: 1)
        let applied = try Self.apply(agent, bundle, parc.signer)
        let digest = applied.digest
        #expect(digest == Digest.hex(Digest.sha256(bundle)))
        #expect(applied.report.contains(#""device_name":"QO-5A-03""#) && applied.report.contains(#""time_zone":"America/Marigot""#))
        #expect(try agent.status() == digest)
        #expect(try device.property("persist.sys.timezone") == "America/Marigot")

        let stale = try #require(throws: AgentClient.Refusal.self) {
            try Self.apply(agent, bundle, parc.signer)
        }
        #expect(stale.code == "stale-sequence")
        #expect(stale.message == "sequence 1 is not greater than last applied 1")

        let intruder = try Self.identity("Intrus")
        let next = Self.bundle(sequence: 2)
        let forged = try #require(throws: AgentClient.Refusal.self) {
            try Self.apply(agent, next, intruder.signer)
        }
        #expect(forged.code == "bad-signature")
        #expect(try agent.status() == digest)

        // A signing certificate of the parc's own CA, but expired: refused too.
        let expiredKey = try RSAPrivateKey.generate()
        let expired = try SigningIdentity(certificate: try CertificateFactory.makeSigner(
            commonName: "Parc Saint-Martin signing 2019", organization: "Parc Saint-Martin",
            validity: DateInterval(start: Date().addingTimeInterval(-86400 * 400), duration: 86400 * 365), key: expiredKey, ca: parc.ca),
            key: expiredKey)
        let late = try #require(throws: AgentClient.Refusal.self) {
            try Self.apply(agent, next, expired)
        }
        #expect(late.code == "bad-signature")
        #expect(late.message.contains("expired"), "\(late.message)")
        #expect(try agent.status() == digest)
    }
}
