import Foundation
import Testing
@testable import Simulator

@Suite struct PersonaPropsSettingsTests {
    @Test func sampleIdentitiesAreDeterministicAndVaried() throws {
        let a = TabletIdentity.sample(index: 5), b = TabletIdentity.sample(index: 5)
        #expect(a == b)
        #expect(TabletIdentity.sample(index: 5, seed: "other").serial != a.serial)
        let all = (0..<40).map { TabletIdentity.sample(index: $0) }
        #expect(Set(all.map(\.serial)).count == 40)
        #expect(Set(all.map(\.model)).count >= 4)
        #expect(Set(all.map(\.sdk)).isSuperset(of: [30, 33, 34]))
        for id in all {
            #expect(id.serial.count == 11 && id.serial.hasPrefix("VAL"))
            #expect(id.serial.dropFirst(3).allSatisfy { "0123456789ABCDEF".contains($0) })
            #expect(id.buildFingerprint.contains(":\(id.androidRelease)/\(id.buildID)/"))
        }
        let json = try JSONEncoder().encode(a)
        #expect(try JSONDecoder().decode(TabletIdentity.self, from: json) == a)
    }

    @Test func getpropFormats() throws {
        let p = try PersonaTestSupport.persona()
        let id = p.identity
        #expect(p.run("getprop ro.serialno").stdoutText == id.serial + "\n")
        #expect(p.run("getprop ro.build.version.sdk").stdoutText == "33\n")
        #expect(p.run("getprop sys.boot_completed").stdoutText == "1\n")
        #expect(p.run("getprop no.such.prop").stdoutText == "\n")
        let all = p.run("getprop").stdoutText.split(separator: "\n").map(String.init)
        #expect(all.contains("[ro.product.model]: [SM-T220]"))
        #expect(all.contains("[persist.sys.timezone]: [Europe/Paris]"))
        #expect(all == all.sorted())
        #expect(all.allSatisfy { $0.hasPrefix("[") && $0.contains("]: [") && $0.hasSuffix("]") })
    }

    @Test func setpropPersistFailsLikeSELinux() throws {
        let p = try PersonaTestSupport.persona()
        let r = p.run("setprop persist.sys.timezone America/New_York")
        #expect(r.exitCode == 1)
        #expect(r.stderrText.hasPrefix("Failed to set property 'persist.sys.timezone' to 'America/New_York'."))
        #expect(r.stderrText.contains("See dmesg for error reason."))
        #expect(p.run("setprop debug.valise 1 && getprop debug.valise").stdoutText == "1\n")
    }

    @Test func settingsRoundTripAndPersistence() throws {
        let dir = try PersonaTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            let p = try PersonaTestSupport.persona(directory: dir)
            #expect(p.run("settings get global auto_time_zone").stdoutText == "1\n")
            #expect(p.run("settings get system screen_off_timeout").stdoutText == "60000\n")
            #expect(p.run("settings get global http_proxy").stdoutText == "null\n")
            #expect(p.run("settings get global device_name").stdoutText == "SM-T220\n")
            #expect(p.run("settings put global auto_time_zone 0").exitCode == 0)
            #expect(p.run("settings put --user 0 system screen_off_timeout 600000").exitCode == 0)
            #expect(p.run("settings delete global stay_on_while_plugged_in").stdoutText == "Deleted 1 rows\n")
            #expect(p.run("settings delete global stay_on_while_plugged_in").stdoutText == "Deleted 0 rows\n")
            #expect(p.run("cmd alarm set-timezone America/Cayenne").exitCode == 0)
            #expect(p.run("settings list global").stdoutText.contains("auto_time_zone=0\n"))
            let bad = p.run("settings get galaxy x")
            #expect(bad.exitCode == 255 && bad.stderrText.contains("NAMESPACE is one of {system, secure, global}"))
            let tz = p.run("cmd alarm set-timezone Mars/Olympus")
            #expect(tz.exitCode == 255 && tz.stderrText.contains("IllegalArgumentException"))
            #expect(p.applications["settings:put:global/auto_time_zone"] == 1)
        }
        let again = try PersonaTestSupport.persona(directory: dir)
        #expect(again.run("settings get global auto_time_zone").stdoutText == "0\n")
        #expect(again.run("settings get system screen_off_timeout").stdoutText == "600000\n")
        #expect(again.run("settings get global stay_on_while_plugged_in").stdoutText == "null\n")
        #expect(again.run("getprop persist.sys.timezone").stdoutText == "America/Cayenne\n")
        #expect(again.identity.timeZone == "America/Cayenne")
        #expect(again.applications["settings:put:global/auto_time_zone"] == 1)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("state.json").path))
    }

    @Test func aFlushWritesTheChangesOfTheMomentAtOnce() throws {
        let dir = try PersonaTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let p = try PersonaTestSupport.persona(directory: dir)
        #expect(p.run("settings put global device_name 5A-01").exitCode == 0)
        #expect(p.run("settings put system screen_off_timeout 300000").exitCode == 0)
        p.flush()
        // Another tablet loaded from the same folder while the first still runs sees both changes.
        let copy = try PersonaTestSupport.persona(directory: dir)
        #expect(copy.run("settings get global device_name").stdoutText == "5A-01\n")
        #expect(copy.run("settings get system screen_off_timeout").stdoutText == "300000\n")
    }

    @Test func temporaryDirectoryRemovedOnDeinit() throws {
        var p: AndroidPersona? = try PersonaTestSupport.persona()
        let dir = try #require(p?.stateDirectory)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("state.json").path))
        p = nil
        #expect(!FileManager.default.fileExists(atPath: dir.path))
    }

    @Test func batteryAndAccounts() throws {
        let p = try PersonaTestSupport.persona { $0.batteryLevel = 87; $0.charging = true }
        let battery = p.run("dumpsys battery").stdoutText
        #expect(battery.hasPrefix("Current Battery Service state:\n  AC powered: false\n  USB powered: true\n"))
        #expect(battery.contains("\n  level: 87\n  scale: 100\n"))
        #expect(battery.contains("\n  status: 2\n"))
        var f = PersonaFaults(); f.batteryLow = true; f.accountsPresent = true
        p.fault = f
        let low = p.run("dumpsys battery").stdoutText
        #expect(low.contains("\n  level: 4\n") && low.contains("\n  status: 3\n") && low.contains("USB powered: false"))
        let accounts = p.run("dumpsys account").stdoutText
        #expect(accounts.contains("  Accounts: 1\n    Account {name=eleve@gmail.com, type=com.google}\n"))
    }

    @Test func broadcastsAndSilentCommands() throws {
        let p = try PersonaTestSupport.persona()
        let r = p.run("am broadcast -n fr.valise.agent/.BootReceiver -a fr.valise.START --es k v --ei n 3")
        #expect(r.stdoutText == "Broadcasting: Intent { act=fr.valise.START flg=0x400000 cmp=fr.valise.agent/.BootReceiver (has extras) }\nBroadcast completed: result=0\n")
        for c in ["input keyevent 26", "svc power stayon true", "locksettings set-disabled true"] {
            #expect(p.run(c) == ShellResult(stdout: [], stderr: [], exitCode: 0))
        }
    }
}
