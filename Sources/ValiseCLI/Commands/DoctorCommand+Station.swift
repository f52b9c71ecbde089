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
            return DoctorFinding("parc keys", .warning, Say.noParcKeys(folder), fix: Say.noParcKeysFix)
        }
        let keys: ParcKeys
        do { keys = try ParcKeys.load(from: folder) } catch let error as SigningError {
            return DoctorFinding("parc keys", .problem, error.summary, fix: Say.restoreKeys)
        } catch {
            return DoctorFinding("parc keys", .problem, Say.parcKeysUnreadable(folder, "\(error)"), fix: Say.restoreKeys)
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        let until = keys.signer.certificate.notAfter
        if until.timeIntervalSince(now) < 60 * 86_400 {
            return DoctorFinding("parc keys", .warning, Say.signerExpires(formatter.string(from: until)), fix: Say.renewSigner)
        }
        return DoctorFinding("parc keys", .ok, Say.parcKeysFine(ca: keys.ca.subject, until: formatter.string(from: until)))
    }

    static func secretsFile(home: String) -> DoctorFinding {
        let path = home + "/secrets.yaml"
        guard FileManager.default.fileExists(atPath: path) else {
            return DoctorFinding("secrets", .ok, Say.noSecretsFile(path))
        }
        var info = stat()
        guard stat(path, &info) == 0 else {
            return DoctorFinding("secrets", .problem, Say.secretsUnreadable(path), fix: Say.secretsOwner)
        }
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map(Say.linkTo) ?? ""
        let mode = Int(info.st_mode) & 0o777
        guard mode & 0o077 == 0 else {
            let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            return DoctorFinding("secrets", .problem, Say.secretsReadableByOthers(path + target, mode: String(mode, radix: 8)),
                                 fix: "chmod 600 \(real)")
        }
        return DoctorFinding("secrets", .ok, Say.secretsFine(path + target))
    }

    static func agent(profile: String) -> DoctorFinding {
        let resolved: ResolvedProfile
        do { resolved = try ProfileOptions.parse(["--profile", profile]).resolve() } catch {
            return DoctorFinding("agent", .problem, Say.agentProfileHasProblems(profile), fix: Say.runProfileCheck(profile))
        }
        guard let apk = resolved.agent.apk else {
            return DoctorFinding("agent", .problem, Say.noAgentAPK(profile), fix: Say.addAgent)
        }
        guard let data = FileManager.default.contents(atPath: apk.path) else {
            return DoctorFinding("agent", .problem, Say.agentMissing(apk.path), fix: Say.buildAgent)
        }
        let sha = Digest.hex(Digest.sha256([UInt8](data)))
        if let expected = resolved.agent.sha256, expected != sha {
            return DoctorFinding("agent", .problem, Say.agentNotTheOne(apk.path, sha: String(sha.prefix(12))), fix: Say.agentRightOne)
        }
        return DoctorFinding("agent", .ok, "\(apk.path) (sha256 \(sha.prefix(12))…).")
    }

    static func tcpTablet(_ address: TCPAddress, connector: DeviceConnector) -> DoctorFinding {
        let name = "tablet \(address)"
        do {
            let device = try connector.connect(address)
            defer { device.close() }
            let model = device.banner.model.map { TabletText.clean($0, limit: 64) }
            return DoctorFinding(name, .ok, Say.tabletAnswers(TabletText.clean(device.serial, limit: 64), model: model))
        } catch let error as DeviceError {
            return DoctorFinding(name, .problem, error.summary + (error.reason.isEmpty ? "" : " " + error.reason), fix: error.action)
        } catch {
            return DoctorFinding(name, .problem, "\(error)", fix: Say.checkTabletAddress)
        }
    }
}
