import ArgumentParser
import Devices
import Bundles
import Diagnostics
import Foundation
import Signing

/// `valise bundle sign|verify`: detached CMS signatures of configuration bundles.
struct BundleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle", abstract: "Sign and verify configuration bundles (detached CMS, DER).",
        subcommands: [Build.self, Sign.self, Verify.self])

    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build tablets' bundles from their class profile (canonical JSON: same inputs, same bytes).",
            discussion: "One tablet with --serial and --slot, or a whole case with --batch FILE (one \"SERIAL SLOT\" per line) and --output-dir.")

        @OptionGroup var profile: ProfileOptions
        @Option(help: "The tablet's serial number.") var serial: String?
        @Option(help: "Its slot in the case.") var slot: Int?
        @Option(help: "A file of tablets, one \"SERIAL SLOT\" per line.") var batch: String?
        @Option(help: "The bundle's sequence (greater than the last one the tablet applied).") var sequence = 1
        @Option(name: .customLong("issued-at"), help: "When it is issued (ISO 8601, default now).") var issuedAt: String?
        @Option(name: .customLong("valid-days"), help: "How long it stays valid.") var validDays = 365
        @Option(name: .shortAndLong, help: "Where to write it (default: SERIAL.bundle.json).") var output: String?
        @Option(name: .customLong("output-dir"), help: "With --batch: the folder for SERIAL.bundle.json files.") var outputDirectory = "."
        @Flag(help: "Sign them too (OUTPUT.sig, with the parc's signing certificate).") var sign = false

        func run() throws {
            guard sequence >= 1, (1...3650).contains(validDays) else { throw ValidationError("--sequence must be ≥ 1 and --valid-days between 1 and 3650.") }
            let tablets = try targets()
            var date = Date()
            if let issuedAt {
                guard let parsed = ISO8601DateFormatter().date(from: issuedAt) else {
                    throw ValidationError("--issued-at \(issuedAt) is not an ISO 8601 date such as 2026-09-01T07:30:00Z.")
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
                    Console.out("Wrote \(target) (\(bundle.bytes.count) bytes\(bundle.containsSecrets ? ", holds secrets: readable by you only" : "")), "
                        + "tablet \(resolved.tabletName(slot: slot, serial: serial)), sequence \(sequence)\(sign ? ", signed (.sig)" : "").")
                }
            }
            if batch != nil { Console.out("Wrote \(tablets.count) bundle\(tablets.count == 1 ? "" : "s") in \(outputDirectory)\(sign ? ", signed" : "").") }
        }

        /// The tablets to build for: --serial/--slot, or the lines of --batch.
        func targets() throws -> [(String, Int)] {
            guard let batch else {
                guard let serial, let slot, slot >= 0 else { throw ValidationError("Give --serial and --slot (or --batch FILE).") }
                return [(serial, slot)]
            }
            guard serial == nil, slot == nil, output == nil else { throw ValidationError("--batch goes with --output-dir, not --serial, --slot or --output.") }
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
        static let configuration = CommandConfiguration(abstract: "Sign a bundle with the parc's signing certificate.")

        @Argument(help: "The bundle (JSON).") var bundle: String
        @Option(name: .shortAndLong, help: "Where to write the signature (default: BUNDLE.sig).") var output: String?

        func run() throws {
            let content = try readInput(bundle)
            let keys = try ParcKeys.load(from: KeysCommand.folder)
            let signature = try CMS.signDetached(content, identity: keys.signer)
            let target = output ?? bundle + ".sig"
            try writeAtomically(signature, to: target)
            Console.out("Signed \(bundle) → \(target) (\(signature.count) bytes, by \(keys.signer.certificate.subject)).")
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a bundle's signature against the parc's CA (or --ca), and its dates.",
            discussion: "The bundle must be within issued_at and expires_at by this computer's clock, give or take 5 minutes.")

        @Argument(help: "The bundle (JSON).") var bundle: String
        @Argument(help: "Its detached signature (DER).") var signature: String
        @Option(help: "The CA certificate (PEM) to trust; default: the parc's.") var ca: String?

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
                throw BadSignature(bundle: bundle, why: error.summary, fix: "Give a CA certificate in PEM form with --ca.")
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
            Console.out("\(bundle): signature valid, trusted by \(verifier.caSubject); "
                + "dates valid (issued \(BundleDates.text(validity.issuedAt)), expires \(BundleDates.text(validity.expiresAt))).")
        }

        static func fix(_ reason: CMSVerificationError.Reason) -> String {
            switch reason {
            case .badSignature, .contentMismatch: return "The bundle was changed after signing: build and sign it again."
            case .untrustedSigner: return "It was signed by another parc's keys: sign it with this parc's keys (valise bundle sign)."
            case .expiredSigner, .notYetValidSigner: return "Renew the signing certificate, then sign the bundle again."
            case .malformed: return "The signature file is damaged or not DER CMS: sign the bundle again."
            }
        }
    }
}

/// A line of a --batch file that is not "SERIAL SLOT".
struct BatchLineError: ValiseError {
    let file: String
    let line: Int
    let text: String
    var summary: String { "\(file):\(line): \"\(text.prefix(60))\" is not \"SERIAL SLOT\"." }
    var reason: String { "Each line of a batch file names one tablet: its serial number, a space, its slot number." }
    var action: String { "Fix that line (for example: R52N80ABCDE 3), then run the command again." }
    var exitCode: Int32 { 65 }
}

/// A bundle whose signature does not hold.
struct BadSignature: ValiseError {
    let bundle: String
    let why: String
    let fix: String
    var summary: String { "The signature of \(bundle) is not valid." }
    var reason: String { why }
    var action: String { fix }
    var exitCode: Int32 { 65 }
}

/// A bundle whose signature holds but whose dates do not (or cannot be read).
struct BundleDates: ValiseError {
    let bundle: String
    let problem: BundleValidityError
    let now: Date
    static let tolerance = "\(BundleValidity.clockTolerance.components.seconds / 60) minutes"

    static func text(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }

    var summary: String {
        switch problem {
        case .expired(let date): return "\(bundle) expired on \(Self.text(date)) (expires_at)."
        case .notYetValid(let date): return "\(bundle) is not valid before \(Self.text(date)) (issued_at)."
        case .notABundle: return "\(bundle) is not a bundle (not a JSON object)."
        case .missing(let field): return "\(bundle) has no \(field)."
        case .malformed(let field, let text): return "\(bundle) has an \(field) that is not a date: \"\(text.prefix(40))\"."
        }
    }
    var reason: String {
        let clock = "this computer's clock says \(Self.text(now)), and \(Self.tolerance) of difference between clocks are allowed"
        switch problem {
        case .expired: return "Its signature is valid, but its expires_at is past: \(clock). A tablet refuses it."
        case .notYetValid: return "Its signature is valid, but its issued_at is in the future: \(clock). A tablet refuses it."
        default: return "A bundle states when it was issued and when it expires (issued_at and expires_at, ISO 8601)."
        }
    }
    var action: String {
        switch problem {
        case .notYetValid:
            return "Check the date of this computer and of the one that built the bundle, then build and sign it again (valise bundle build … --sign)."
        default: return "Build and sign a new bundle for this tablet (valise bundle build … --sign)."
        }
    }
    var helpTopic: String? { "bundle-dates" }
    var exitCode: Int32 { 65 }
}

/// Reads a whole input file, or fails with the file named.
func readInput(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw ValidationError("\(path) does not exist or cannot be read.")
    }
    return [UInt8](data)
}

/// Writes a file under a temporary name and renames it, so it is complete or absent.
func writeAtomically(_ bytes: [UInt8], to path: String, mode: Int = 0o644) throws {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
    guard FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes), attributes: [.posixPermissions: mode]) else {
        throw ValidationError("\(path) cannot be written: check the folder exists and is writable.")
    }
    if rename(temporary.path, url.path) != 0 {
        try? FileManager.default.removeItem(at: temporary)
        throw ValidationError("\(path) cannot be written: check the folder exists and is writable.")
    }
}
