import Foundation
import Profiles
import Testing
@testable import Bundles

/// The bundle builder's last guards, and the dates `valise bundle verify` checks.
@Suite struct BundleGuardTests {
    static let issued = Date(timeIntervalSince1970: 1_788_000_000)

    @Test func aSecretHoldingPrivateKeyMaterialNeverGoesIntoABundle() throws {
        var profile = try TabletBundleTests.demo()
        let ssid = try #require(profile.wifi.first?.ssid)
        for text in ["-----BEGIN PRIVATE KEY-----\nMIIEvQIBADAN\n-----END PRIVATE KEY-----\n", "xx-----BEGIN RSA PRIVATE KEY-----MIIEvQIBADAN"] {
            profile.wifi[0].passphrase = SecretValue(text, origin: "file /tmp/x")
            let error = try #require(throws: BundleError.self) {
                _ = try TabletBundle(profile: profile, target: BundleTarget(serial: "VAL1", slot: 1, sequence: 1, issuedAt: Self.issued))
            }
            #expect(error == .privateKeyMaterial("wifi[0].passphrase (\(ssid))"))
            #expect(!error.description.contains("MIIEvQIBADAN"))
            #expect(error.description.contains("wifi[0].passphrase"))
        }
    }

    @Test func validityIsCheckedWithAFiveMinuteTolerance() throws {
        let bundle = try TabletBundle(profile: try TabletBundleTests.demo(),
                                      target: BundleTarget(serial: "VAL1", slot: 1, sequence: 1, issuedAt: Self.issued, validity: 86400))
        let validity = try BundleValidity(bundle: bundle.bytes)
        #expect(validity.issuedAt == Self.issued)
        #expect(validity.expiresAt == Self.issued.addingTimeInterval(86400))
        try validity.check(now: Self.issued.addingTimeInterval(3600))
        try validity.check(now: Self.issued.addingTimeInterval(-299))
        try validity.check(now: Self.issued.addingTimeInterval(86400 + 299))
        #expect(throws: BundleValidityError.notYetValid(Self.issued)) { try validity.check(now: Self.issued.addingTimeInterval(-301)) }
        #expect(throws: BundleValidityError.expired(validity.expiresAt)) {
            try validity.check(now: Self.issued.addingTimeInterval(86400 + 301))
        }
    }

    @Test func datesThatCannotBeReadAreNamed() {
        #expect(throws: BundleValidityError.notABundle) { try BundleValidity(bundle: Array("[1]".utf8)) }
        #expect(throws: BundleValidityError.missing("issued_at")) { try BundleValidity(bundle: Array("{}".utf8)) }
        #expect(throws: BundleValidityError.malformed("expires_at", "tomorrow")) {
            try BundleValidity(bundle: Array(#"{"issued_at":"2026-09-01T08:00:00Z","expires_at":"tomorrow"}"#.utf8))
        }
    }
}
