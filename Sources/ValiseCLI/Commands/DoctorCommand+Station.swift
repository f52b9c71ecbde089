import Devices
import Diagnostics
import Foundation
import Profiles
import Signing
import Transports

/// What newcomers trip on before any tablet: the parc keys, the secrets file, a class's agent APK, TCP tablets.
extension DoctorCommand {
    func stationFindings() -> [DoctorFinding] {
        var findings = [Self.parcKeys(folder: KeysCommand.folder), Self.secretsFile(home: ValiseHome.path())]
        if let profile { findings.append(Self.agent(profile: profile)) }
        if let addresses = try? tablets.addresses(), !addresses.isEmpty, let connector = try? tablets.connector() {
            findings += addresses.map { Self.tcpTablet($0, connector: connector) }
        }
        return findings
    }

    static func parcKeys(folder: String, now: Date = Date()) -> DoctorFinding {
        guard ParcKeys.exist(in: folder) else {
            return DoctorFinding("parc keys", .warning, "There are no parc keys in \(folder) yet: bundles cannot be signed.",
                                 fix: "valise keys init --organization \"…\" (once per parc; keep a backup of the folder)")
        }
        let keys: ParcKeys
        do { keys = try ParcKeys.load(from: folder) } catch let error as SigningError {
            return DoctorFinding("parc keys", .problem, error.summary, fix: "Restore the keys folder from its backup.")
        } catch {
            return DoctorFinding("parc keys", .problem, "The parc keys in \(folder) cannot be read: \(error)", fix: "Restore the keys folder from its backup.")
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        let until = keys.signer.certificate.notAfter
        if until.timeIntervalSince(now) < 60 * 86_400 {
            return DoctorFinding("parc keys", .warning, "The signing certificate expires on \(formatter.string(from: until)); tablets refuse bundles signed after that.",
                                 fix: "Issue a new signing certificate from the parc CA before then (docs/troubleshooting.md#parc-keys).")
        }
        return DoctorFinding("parc keys", .ok, "CA \"\(keys.ca.subject)\"; bundles signed until \(formatter.string(from: until)).")
    }

    static func secretsFile(home: String) -> DoctorFinding {
        let path = home + "/secrets.yaml"
        guard FileManager.default.fileExists(atPath: path) else {
            return DoctorFinding("secrets", .ok, "No \(path): profiles that name {secret: NAME} will need it.")
        }
        var info = stat()
        guard stat(path, &info) == 0 else {
            return DoctorFinding("secrets", .problem, "\(path) cannot be read.", fix: "Check that it belongs to the user that runs valise.")
        }
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map { " (a link to \($0))" } ?? ""
        let mode = Int(info.st_mode) & 0o777
        guard mode & 0o077 == 0 else {
            let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            return DoctorFinding("secrets", .problem, "\(path)\(target) can be read by other users (mode \(String(mode, radix: 8))): Valise refuses it.",
                                 fix: "chmod 600 \(real)")
        }
        return DoctorFinding("secrets", .ok, "\(path)\(target) is readable by you only.")
    }

    static func agent(profile: String) -> DoctorFinding {
        let resolved: ResolvedProfile
        do { resolved = try ProfileOptions.parse(["--profile", profile]).resolve() } catch {
            return DoctorFinding("agent", .problem, "The profile \(profile) has problems, so its agent cannot be checked.",
                                 fix: "Run `valise profile check \(profile)` and fix what it lists.")
        }
        guard let apk = resolved.agent.apk else {
            return DoctorFinding("agent", .problem, "The profile \(profile) names no agent APK.", fix: "Add agent: {apk: PATH, sha256: …} (Agent/README.md).")
        }
        guard let data = FileManager.default.contents(atPath: apk.path) else {
            return DoctorFinding("agent", .problem, "The agent APK \(apk.path) is missing.",
                                 fix: "Build it with Scripts/build-agent (or install the valise package, which ships it), or fix agent.apk in the profile.")
        }
        let sha = Digest.hex(Digest.sha256([UInt8](data)))
        if let expected = resolved.agent.sha256, expected != sha {
            return DoctorFinding("agent", .problem, "The agent APK \(apk.path) is not the one the profile names (sha256 \(sha.prefix(12))…).",
                                 fix: "Put the right APK there, or write its sha256 in the profile if this build is the right one.")
        }
        return DoctorFinding("agent", .ok, "\(apk.path) (sha256 \(sha.prefix(12))…).")
    }

    static func tcpTablet(_ address: TCPAddress, connector: DeviceConnector) -> DoctorFinding {
        let name = "tablet \(address)"
        do {
            let device = try connector.connect(address)
            defer { device.close() }
            let model = device.banner.model.map { " (\(TabletText.clean($0, limit: 64)))" } ?? ""
            return DoctorFinding(name, .ok, "answers as \(TabletText.clean(device.serial, limit: 64))\(model) and lets this computer in.")
        } catch let error as DeviceError {
            return DoctorFinding(name, .problem, error.summary + (error.reason.isEmpty ? "" : " " + error.reason), fix: error.action)
        } catch {
            return DoctorFinding(name, .problem, "\(error)", fix: "Check the address, and that the tablet is on and on the network.")
        }
    }
}
