import ADB
import ArgumentParser
import Devices
import Diagnostics
import Foundation
import Signing

/// `valise keys init|show`: the parc's CA and signing certificate.
struct KeysCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "keys", abstract: Say.helpKeysAbstract,
            subcommands: [Init.self, Show.self])
    }

    static var folder: String { ValiseHome.path() + "/keys" }

    struct Init: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: Say.helpKeysInitAbstract)
        }

        @Option(help: ArgumentHelp(Say.helpOrganization))
        var organization: String

        @Option(name: .customLong("signer-years"), help: ArgumentHelp(Say.helpSignerYears))
        var signerYears = 3

        func run() throws {
            guard (1...10).contains(signerYears) else { throw ValidationError(Say.mustBeBetween("--signer-years", 1, 10)) }
            let keys: ParcKeys
            keys = try ParcKeys.create(in: KeysCommand.folder, organization: organization, signerYears: signerYears)
            Console.out(Say.keysCreated(keys.folder))
            Console.out(Show.describe(keys))
            Console.out(Say.keysBackUp)
        }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: Say.helpKeysShowAbstract)
        }

        func run() throws {
            Console.out(Self.describe(try ParcKeys.load(from: KeysCommand.folder)))
        }

        static func describe(_ keys: ParcKeys) -> String {
            let format = DateFormatter()
            format.dateFormat = "yyyy-MM-dd"
            format.timeZone = TimeZone(identifier: "UTC")
            func line(_ title: String, _ certificate: Certificate) -> String {
                let soon = certificate.notAfter.timeIntervalSinceNow < 30 * 86400 ? Say.expiresSoon : ""
                return Say.certificate(title: title, subject: certificate.subject, from: format.string(from: certificate.notBefore),
                                       to: format.string(from: certificate.notAfter), soon: soon, fingerprint: certificate.sha256Fingerprint)
            }
            return line(Say.caTitle("\(keys.folder)/ca.pem"), keys.ca) + "\n"
                + line(Say.signingTitle("\(keys.folder)/signing.pem"), keys.signer.certificate)
        }
    }
}

