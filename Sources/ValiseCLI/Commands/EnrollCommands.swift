import ArgumentParser
import Bundles
import Diagnostics
import Foundation
import QRCode
import Signing

/// `valise qr`: the Android Enterprise QR code that enrols a factory-reset tablet.
struct QRCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "qr", abstract: Say.helpQRAbstract)
    }

    @OptionGroup var profile: ProfileOptions
    @Option(name: .customLong("agent-url"), help: ArgumentHelp(Say.helpAgentURL)) var agentURL: String
    @Option(name: .customLong("agent-apk"), help: ArgumentHelp(Say.helpAgentAPK)) var agentAPK: String?
    @Option(name: .customLong("signature-checksum"), help: ArgumentHelp(Say.helpSignatureChecksum)) var checksum: String?
    @Option(name: .shortAndLong, help: ArgumentHelp(Say.helpQROutput)) var output = "enrolment-qr.png"
    @Flag(help: ArgumentHelp(Say.helpQRShow)) var show = false

    func run() throws {
        let resolved = try profile.resolveForTablets()
        guard let url = URL(string: agentURL), url.host != nil else { throw ValidationError(Say.notAURL(agentURL)) }
        let signature: String
        if let checksum {
            // What Android compares: the SHA-256 of the agent's signing certificate, 32 bytes in base64url (43 characters).
            guard checksum.count == 43, checksum.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
                throw ValidationError(Say.notAChecksum(String(checksum.prefix(60))))
            }
            signature = checksum
        } else {
            guard let apk = agentAPK.map({ URL(fileURLWithPath: $0) }) ?? resolved.agent.apk else {
                throw ValidationError(Say.noAgentAPKGiven)
            }
            do { signature = try APKSigningCertificate.checksum(ofAPK: try readInput(apk.path)) } catch let problem as APKSigningCertificate.Problem {
                throw ValidationError(Say.fileProblem(apk.path, problem.description))
            }
        }
        let fingerprint = try? ParcKeys.load(from: KeysCommand.folder).ca.sha256Fingerprint
        let payload: EnrollmentPayload
        do { payload = try EnrollmentPayload(profile: resolved, agentURL: url, signatureChecksum: signature, caFingerprint: fingerprint) } catch let problem as EnrollmentProblem {
            throw ValidationError(problem.description + ".")
        }
        let code: QRCode
        do { code = try QRCode.encode(String(decoding: payload.document.canonicalBytes, as: UTF8.self), correction: .medium) } catch let error as QRCodeError {
            throw ValidationError(Say.qrTooBig(bytes: error.byteCount, capacity: error.capacity))
        }
        let mode = payload.containsSecrets ? 0o600 : 0o644
        let json = (output as NSString).deletingPathExtension + ".json"
        try writeAtomically(payload.document.canonicalBytes, to: json, mode: mode)
        try writeAtomically(code.png(scale: 8), to: output, mode: mode)
        if show { Console.out(code.terminalText()) }
        Console.out(Say.qrWritten(output, version: code.version, size: code.size, json: json, secrets: payload.containsSecrets))
        if fingerprint == nil { Console.out(Say.qrNoParcKeys) }
        Console.out(Say.qrHowToScan)
    }
}

/// `valise mobileconfig`: the class's Wi-Fi and ENT for iPads, as a signed Apple configuration profile.
struct MobileConfigCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "mobileconfig", abstract: Say.helpMobileConfigAbstract)
    }

    @OptionGroup var profile: ProfileOptions
    @Option(name: .shortAndLong, help: ArgumentHelp(Say.helpMobileConfigOutput)) var output: String?

    func run() throws {
        let resolved = try profile.resolveForTablets()
        let keys = try ParcKeys.load(from: KeysCommand.folder)
        let apple = try AppleConfigurationProfile(profile: resolved)
        let unit = resolved.unitName ?? "class"
        let target = output ?? "\(AppleConfigurationProfile.slug(unit)).mobileconfig"
        try writeAtomically(try apple.signed(by: keys.signer), to: target, mode: apple.wifi.contains { $0.password != nil } ? 0o600 : 0o644)
        Console.out(Say.mobileConfigWritten(target, wifi: apple.wifi.count, certificates: apple.certificates.count, webClips: apple.webClips.count,
                                            signer: keys.signer.certificate.subject))
    }
}
