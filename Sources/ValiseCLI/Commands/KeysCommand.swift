import ADB
import ArgumentParser
import Devices
import Foundation
import Signing

/// `valise keys init|show`: the parc's CA and signing certificate.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "Create or show the parc's certificate authority and signing certificate.",
        subcommands: [Init.self, Show.self])

    static var folder: String { ValiseHome.path() + "/keys" }

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create the parc's CA and signing certificate (never replaces existing keys).")

        @Option(help: "Who the certificates belong to, e.g. \"Pôle numérique de Saint-Martin\".")
        var organization: String

        @Option(name: .customLong("signer-years"), help: "How long the signing certificate stays valid.")
        var signerYears = 3

        func run() throws {
            guard (1...10).contains(signerYears) else { throw ValidationError("--signer-years must be between 1 and 10.") }
            let keys: ParcKeys
            keys = try ParcKeys.create(in: KeysCommand.folder, organization: organization, signerYears: signerYears)
            Console.out("Created the parc keys in \(keys.folder) (private keys readable by this user only).")
            Console.out(Show.describe(keys))
            Console.out("Back up this folder: tablets provisioned with this CA accept only bundles signed by these keys.")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the parc's certificates: subject, expiry, fingerprint.")

        func run() throws {
            Console.out(Self.describe(try ParcKeys.load(from: KeysCommand.folder)))
        }

        static func describe(_ keys: ParcKeys) -> String {
            let format = DateFormatter()
            format.dateFormat = "yyyy-MM-dd"
            format.timeZone = TimeZone(identifier: "UTC")
            func line(_ title: String, _ certificate: Certificate) -> String {
                let soon = certificate.notAfter.timeIntervalSinceNow < 30 * 86400 ? "  (expires soon: renew it)" : ""
                return """
                    \(title)
                      subject:     \(certificate.subject)
                      valid:       \(format.string(from: certificate.notBefore)) to \(format.string(from: certificate.notAfter))\(soon)
                      fingerprint: SHA-256 \(certificate.sha256Fingerprint)
                    """
            }
            return line("Certificate authority (\(keys.folder)/ca.pem)", keys.ca) + "\n"
                + line("Signing certificate (\(keys.folder)/signing.pem)", keys.signer.certificate)
        }
    }
}

