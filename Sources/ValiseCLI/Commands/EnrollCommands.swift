import ArgumentParser
import Bundles
import Foundation
import QRCode
import Signing

/// `valise qr`: the Android Enterprise QR code that enrols a factory-reset tablet.
struct QRCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qr", abstract: "Write the Android Enterprise enrolment QR code (JSON + PNG) for a class's reset tablets.")

    @OptionGroup var profile: ProfileOptions
    @Option(name: .customLong("agent-url"), help: "Where tablets download the agent APK (https).") var agentURL: String
    @Option(name: .customLong("agent-apk"), help: "The agent APK, to compute its signature checksum (default: the profile's).") var agentAPK: String?
    @Option(name: .customLong("signature-checksum"), help: "The checksum itself (base64url SHA-256 of the signing certificate).") var checksum: String?
    @Option(name: .shortAndLong, help: "The PNG to write (the JSON goes beside it, .json).") var output = "enrolment-qr.png"
    @Flag(help: "Also draw the code in the terminal.") var show = false

    func run() throws {
        let resolved = try profile.resolveForTablets()
        guard let url = URL(string: agentURL), url.host != nil else { throw ValidationError("--agent-url \(agentURL) is not a URL.") }
        let signature: String
        if let checksum {
            // What Android compares: the SHA-256 of the agent's signing certificate, 32 bytes in base64url (43 characters).
            guard checksum.count == 43, checksum.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
                throw ValidationError("--signature-checksum \(checksum.prefix(60)) is not a signing-certificate checksum: it is 43 characters of "
                    + "base64url (the SHA-256 of the agent's signing certificate). Leave it out and Valise reads it from the agent APK, "
                    + "or copy it from: apksigner verify --print-certs valise-agent.apk (the SHA-256 digest, in base64url).")
            }
            signature = checksum
        } else {
            guard let apk = agentAPK.map({ URL(fileURLWithPath: $0) }) ?? resolved.agent.apk else {
                throw ValidationError("The profile names no agent APK: give --agent-apk FILE or --signature-checksum VALUE.")
            }
            do { signature = try APKSigningCertificate.checksum(ofAPK: try readInput(apk.path)) } catch let problem as APKSigningCertificate.Problem {
                throw ValidationError("\(apk.path): \(problem.description).")
            }
        }
        let fingerprint = try? ParcKeys.load(from: KeysCommand.folder).ca.sha256Fingerprint
        let payload: EnrollmentPayload
        do { payload = try EnrollmentPayload(profile: resolved, agentURL: url, signatureChecksum: signature, caFingerprint: fingerprint) } catch let problem as EnrollmentProblem {
            throw ValidationError(problem.description + ".")
        }
        let code: QRCode
        do { code = try QRCode.encode(String(decoding: payload.document.canonicalBytes, as: UTF8.self), correction: .medium) } catch let error as QRCodeError {
            throw ValidationError("The enrolment data does not fit in a QR code (\(error)). Shorten the agent URL or the Wi-Fi settings.")
        }
        let mode = payload.containsSecrets ? 0o600 : 0o644
        let json = (output as NSString).deletingPathExtension + ".json"
        try writeAtomically(payload.document.canonicalBytes, to: json, mode: mode)
        try writeAtomically(code.png(scale: 8), to: output, mode: mode)
        if show { Console.out(code.terminalText()) }
        Console.out("Wrote \(output) (QR version \(code.version), \(code.size)×\(code.size)) and \(json)"
            + (payload.containsSecrets ? "; both hold the Wi-Fi passphrase: readable by you only." : "."))
        if fingerprint == nil { Console.out("Note: no parc keys yet (valise keys init), so the code carries no CA fingerprint.") }
        Console.out("On a reset tablet: tap the welcome screen six times, connect to Wi-Fi if asked, then scan the code.")
    }
}

/// `valise mobileconfig`: the class's Wi-Fi and ENT for iPads, as a signed Apple configuration profile.
struct MobileConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mobileconfig", abstract: "Write a signed Apple configuration profile (Wi-Fi, proxy, CA, ENT web clips) for a class's iPads.")

    @OptionGroup var profile: ProfileOptions
    @Option(name: .shortAndLong, help: "The file to write (default: CLASS.mobileconfig).") var output: String?

    func run() throws {
        let resolved = try profile.resolveForTablets()
        let keys = try ParcKeys.load(from: KeysCommand.folder)
        let apple = try AppleConfigurationProfile(profile: resolved)
        let unit = resolved.unitName ?? "class"
        let target = output ?? "\(AppleConfigurationProfile.slug(unit)).mobileconfig"
        try writeAtomically(try apple.signed(by: keys.signer), to: target, mode: apple.wifi.contains { $0.password != nil } ? 0o600 : 0o644)
        Console.out("Wrote \(target): \(apple.wifi.count) Wi-Fi network(s), \(apple.certificates.count) certificate(s), \(apple.webClips.count) web clip(s), "
            + "signed by \(keys.signer.certificate.subject). Open it with Apple Configurator, or upload it to your MDM.")
    }
}
