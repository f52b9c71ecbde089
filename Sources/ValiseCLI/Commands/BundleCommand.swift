import ArgumentParser
import Devices
import Bundles
import Diagnostics
import Foundation
import Signing

/// `valise bundle sign|verify`: detached CMS signatures of configuration bundles.
struct BundleCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "bundle", abstract: Say.helpBundleAbstract,
            subcommands: [Build.self, Sign.self, Verify.self])
    }

    struct Build: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: Say.helpBundleBuildAbstract,
                discussion: Say.helpBundleBuildDiscussion)
        }

        @OptionGroup var profile: ProfileOptions
        @Option(help: ArgumentHelp(Say.helpBundleSerial)) var serial: String?
        @Option(help: ArgumentHelp(Say.helpBundleSlot)) var slot: Int?
        @Option(help: ArgumentHelp(Say.helpBundleBatch)) var batch: String?
        @Option(help: ArgumentHelp(Say.helpBundleSequence)) var sequence = 1
        @Option(name: .customLong("issued-at"), help: ArgumentHelp(Say.helpBundleIssuedAt)) var issuedAt: String?
        @Option(name: .customLong("valid-days"), help: ArgumentHelp(Say.helpBundleValidDays)) var validDays = 365
        @Option(name: .shortAndLong, help: ArgumentHelp(Say.helpBundleOutput)) var output: String?
        @Option(name: .customLong("output-dir"), help: ArgumentHelp(Say.helpBundleOutputDir)) var outputDirectory = "."
        @Flag(help: ArgumentHelp(Say.helpBundleSign)) var sign = false

        func run() throws {
            guard sequence >= 1, (1...3650).contains(validDays) else { throw ValidationError(Say.sequenceAndDays) }
            let tablets = try targets()
            var date = Date()
            if let issuedAt {
                guard let parsed = ISO8601DateFormatter().date(from: issuedAt) else {
                    throw ValidationError(Say.notADate(issuedAt))
                }
                date = parsed
            }
            let resolved = try profile.resolveForTablets()
            var identity: SigningIdentity?
            if sign {
                identity = try ParcKeys.load(from: KeysCommand.folder).signer
            }
            for (serial, slot) in tablets {
                let bundle = try TabletBundle(profile: resolved, target: BundleTarget(serial: serial, slot: slot, sequence: sequence,
                                                                                      issuedAt: date, validity: Double(validDays) * 86400))
                let target = batch == nil ? (output ?? "\(serial).bundle.json") : outputDirectory + "/\(serial).bundle.json"
                try writeAtomically(bundle.bytes, to: target, mode: bundle.containsSecrets ? 0o600 : 0o644)
                if let identity { try writeAtomically(try CMS.signDetached(bundle.bytes, identity: identity), to: target + ".sig") }
                if batch == nil {
                    Console.out(Say.bundleWritten(target, bytes: bundle.bytes.count, secrets: bundle.containsSecrets,
                                                  tablet: resolved.tabletName(slot: slot, serial: serial), sequence: sequence, signed: sign))
                }
            }
            if batch != nil { Console.out(Say.bundlesWritten(tablets.count, in: outputDirectory, signed: sign)) }
        }

        /// The tablets to build for: --serial/--slot, or the lines of --batch.
        func targets() throws -> [(String, Int)] {
            guard let batch else {
                guard let serial, let slot, slot >= 0 else { throw ValidationError(Say.giveSerialAndSlot) }
                return [(serial, slot)]
            }
            guard serial == nil, slot == nil, output == nil else { throw ValidationError(Say.batchGoesWithOutputDir) }
            let text = String(decoding: try readInput(batch), as: UTF8.self)
            var targets: [(String, Int)] = []
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
                if words.isEmpty || words[0].hasPrefix("#") { continue }
                guard words.count == 2, let slot = Int(words[1]), slot >= 0, words[0].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                    throw BatchLineError(file: batch, line: index + 1, text: String(line))
                }
                targets.append((String(words[0]), slot))
            }
            return targets
        }
    }

    struct Sign: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: Say.helpBundleSignAbstract)
        }

        @Argument(help: ArgumentHelp(Say.helpBundleFile)) var bundle: String
        @Option(name: .shortAndLong, help: ArgumentHelp(Say.helpBundleSignOutput)) var output: String?

        func run() throws {
            let content = try readInput(bundle)
            let keys = try ParcKeys.load(from: KeysCommand.folder)
            let signature = try CMS.signDetached(content, identity: keys.signer)
            let target = output ?? bundle + ".sig"
            try writeAtomically(signature, to: target)
            Console.out(Say.bundleSigned(bundle, to: target, bytes: signature.count, by: keys.signer.certificate.subject))
        }
    }

    struct Verify: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: Say.helpBundleVerifyAbstract,
                discussion: Say.helpBundleVerifyDiscussion)
        }

        @Argument(help: ArgumentHelp(Say.helpBundleFile)) var bundle: String
        @Argument(help: ArgumentHelp(Say.helpBundleSignature)) var signature: String
        @Option(help: ArgumentHelp(Say.helpBundleCA)) var ca: String?

        func run() throws {
            let content = try readInput(bundle)
            let der = try readInput(signature)
            let caPEM: String
            if let ca {
                caPEM = String(decoding: try readInput(ca), as: UTF8.self)
            } else {
                caPEM = try ParcKeys.load(from: KeysCommand.folder).ca.pem()
            }
            let verifier: CMSVerifier
            do { verifier = try CMSVerifier(trustedCAPEM: caPEM) } catch let error as SigningError {
                throw BadSignature(bundle: bundle, why: error.summary, fix: Say.giveCAInPEM)
            }
            do {
                try verifier.verify(content: content, signature: der)
            } catch let error as CMSVerificationError {
                throw BadSignature(bundle: bundle, why: error.message, fix: Self.fix(error.reason))
            }
            let validity: BundleValidity
            do {
                validity = try BundleValidity(bundle: content)
                try validity.check(now: Date())
            } catch {
                throw BundleDates(bundle: bundle, problem: error, now: Date())
            }
            Console.out(Say.bundleVerified(bundle, ca: verifier.caSubject, issued: BundleDates.text(validity.issuedAt), expires: BundleDates.text(validity.expiresAt)))
        }

        static func fix(_ reason: CMSVerificationError.Reason) -> String {
            switch reason {
            case .badSignature, .contentMismatch: return Say.bundleChangedAfterSigning
            case .untrustedSigner: return Say.signedByAnotherParc
            case .expiredSigner, .notYetValidSigner: return Say.renewSignerThenSign
            case .malformed: return Say.signatureDamaged
            }
        }
    }
}

/// A line of a --batch file that is not "SERIAL SLOT".
struct BatchLineError: ValiseError {
    let file: String
    let line: Int
    let text: String
    var summary: String { Say.badBatchLine(file, line: line, text: String(text.prefix(60))) }
    var reason: String { Say.batchLineWhy }
    var action: String { Say.batchLineFix }
    var exitCode: Int32 { 65 }
}

/// A bundle whose signature does not hold.
struct BadSignature: ValiseError {
    let bundle: String
    let why: String
    let fix: String
    var summary: String { Say.signatureInvalid(bundle) }
    var reason: String { why }
    var action: String { fix }
    var exitCode: Int32 { 65 }
}

/// A bundle whose signature holds but whose dates do not (or cannot be read).
struct BundleDates: ValiseError {
    let bundle: String
    let problem: BundleValidityError
    let now: Date
    static var tolerance: String { Say.minutes(Int(BundleValidity.clockTolerance.components.seconds / 60)) }

    static func text(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }

    var summary: String {
        switch problem {
        case .expired(let date): return Say.bundleExpired(bundle, on: Self.text(date))
        case .notYetValid(let date): return Say.bundleNotYetValid(bundle, before: Self.text(date))
        case .notABundle: return Say.notABundle(bundle)
        case .missing(let field): return Say.bundleLacks(bundle, field)
        case .malformed(let field, let text): return Say.bundleBadDate(bundle, field, String(text.prefix(40)))
        }
    }
    var reason: String {
        let clock = Say.clockSays(Self.text(now), tolerance: Self.tolerance)
        switch problem {
        case .expired: return Say.bundleExpiredWhy(clock)
        case .notYetValid: return Say.bundleNotYetValidWhy(clock)
        default: return Say.bundleDatesWhy
        }
    }
    var action: String {
        switch problem {
        case .notYetValid:
            return Say.checkClocksThenRebuild
        default: return Say.buildNewBundle
        }
    }
    var helpTopic: String? { "bundle-dates" }
    var exitCode: Int32 { 65 }
}

/// Reads a whole input file, or fails with the file named.
func readInput(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw ValidationError(Say.cannotRead(path))
    }
    return [UInt8](data)
}

/// Writes a file under a temporary name and renames it, so it is complete or absent.
func writeAtomically(_ bytes: [UInt8], to path: String, mode: Int = 0o644) throws {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
    guard FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes), attributes: [.posixPermissions: mode]) else {
        throw ValidationError(Say.cannotWrite(path))
    }
    if rename(temporary.path, url.path) != 0 {
        try? FileManager.default.removeItem(at: temporary)
        throw ValidationError(Say.cannotWrite(path))
    }
}
