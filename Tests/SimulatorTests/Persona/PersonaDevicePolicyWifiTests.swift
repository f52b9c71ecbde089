import Foundation
import Testing
@testable import Simulator

@Suite struct PersonaDevicePolicyTests {
    @Test func setDeviceOwnerSuccess() throws {
        let p = try PersonaTestSupport.persona()
        #expect(p.run("dpm list-owners").stdoutText == "no owners\n")
        #expect(p.installPackage(apk: PersonaTestSupport.agentAPK, arguments: []) == "Success\n")
        let r = p.run("dpm set-device-owner --user 0 fr.valise.agent/.AdminReceiver")
        #expect(r.exitCode == 0)
        #expect(r.stdoutText == "Success: Device owner set to package ComponentInfo{fr.valise.agent/fr.valise.agent.AdminReceiver}\nActive admin set to component {fr.valise.agent/.AdminReceiver}\n")
        #expect(p.run("dpm list-owners").stdoutText == "1 owner:\nUser  0: admin=fr.valise.agent/.AdminReceiver,DeviceOwner\n")
        #expect(p.identity.deviceOwner == "fr.valise.agent/.AdminReceiver")
        #expect(p.applications["dpm:set-device-owner"] == 1)
        let again = p.run("cmd device_policy set-device-owner fr.valise.agent/.AdminReceiver")
        #expect(again.exitCode == 255)
        #expect(again.stderrText.contains("java.lang.IllegalStateException: Trying to set the device owner (fr.valise.agent/.AdminReceiver), but device owner (fr.valise.agent/.AdminReceiver) is already set."))
        #expect(p.run("pm uninstall fr.valise.agent").stdoutText == "Failure [DELETE_FAILED_DEVICE_POLICY_MANAGER]\n")
        #expect(p.applications["dpm:set-device-owner"] == 1)
    }

    @Test func unknownAdmin() throws {
        let p = try PersonaTestSupport.persona()
        let r = p.run("dpm set-device-owner fr.valise.agent/.AdminReceiver")
        #expect(r.exitCode == 255)
        #expect(r.stderrText.hasPrefix("Exception occurred while executing 'set-device-owner':\njava.lang.IllegalArgumentException: Unknown admin: ComponentInfo{fr.valise.agent/fr.valise.agent.AdminReceiver}\n\tat com.android.server.devicepolicy."))
        #expect(r.stdout.isEmpty)
    }

    @Test func refusals() throws {
        let withAccount = try PersonaTestSupport.persona { $0.accounts = ["eleve@gmail.com (com.google)"] }
        _ = withAccount.installPackage(apk: PersonaTestSupport.agentAPK, arguments: [])
        let a = withAccount.run("dpm set-device-owner fr.valise.agent/.AdminReceiver")
        #expect(a.exitCode == 255 && a.stdout.isEmpty)
        #expect(a.stderrText.hasPrefix("Exception occurred while executing 'set-device-owner':\n"))
        #expect(a.stderrText.contains("java.lang.IllegalStateException: Not allowed to set the device owner because there are already some accounts on the device."))

        let users = try PersonaTestSupport.persona { $0.otherUsers = true }
        _ = users.installPackage(apk: PersonaTestSupport.agentAPK, arguments: [])
        #expect(users.run("pm list users").stdoutText.contains("UserInfo{10:"))
        let u = users.run("dpm set-device-owner fr.valise.agent/.AdminReceiver")
        #expect(u.exitCode == 255 && u.stderrText.contains("already several users on the device"))

        let owned = try PersonaTestSupport.persona()
        var f = PersonaFaults(); f.alreadyProvisioned = true
        owned.fault = f
        _ = owned.installPackage(apk: PersonaTestSupport.agentAPK, arguments: [])
        let o = owned.run("dpm set-device-owner fr.valise.agent/.AdminReceiver")
        #expect(o.stderrText.contains("but device owner (com.other.mdm/.MdmReceiver) is already set."))
        #expect(owned.run("dpm list-owners").stdoutText == "1 owner:\nUser  0: admin=com.other.mdm/.MdmReceiver,DeviceOwner\n")
        #expect(owned.applications["dpm:set-device-owner"] == nil)
    }
}

@Suite struct PersonaWifiTests {
    @Test func addNetworkWorksOnAndroid12() throws {
        let p = try PersonaTestSupport.persona(sdk: 31, release: "12")
        #expect(p.run("cmd wifi list-networks").stdoutText == "No networks\n")
        let r = p.run("cmd wifi add-network Ecole wpa2 'secret pass' -h")
        #expect(r == ShellResult(stdout: Array("Save successful\n".utf8), stderr: [], exitCode: 0))
        #expect(p.run("cmd wifi add-network Invites open").exitCode == 0)
        let list = p.run("cmd wifi list-networks").stdoutText
        #expect(list == "Network Id      SSID                         Security type\n"
                + "0            Ecole                            wpa2-psk\n"
                + "1            Invites                          open\n")
        #expect(!list.contains("secret"))
        #expect(!p.run("cmd wifi status").stdoutText.contains("secret"))
        #expect(p.run("cmd wifi forget-network 1").stdoutText == "Forget successful\n")
        #expect(p.run("cmd wifi forget-network 9").stdoutText == "Forget failed\n")
        #expect(p.applications["wifi:add-network:Ecole"] == 1)
    }

    @Test func addNetworkRefusedOnAndroid13() throws {
        let p = try PersonaTestSupport.persona(sdk: 33, release: "13")
        let r = p.run("cmd wifi add-network Ecole wpa2 secretpass")
        #expect(r.exitCode == 255)
        #expect(r.stderrText.hasPrefix("Exception occurred while executing 'add-network':\njava.lang.SecurityException: Uid 2000 does not have access to add-network wifi command (or such command doesn't exist)\n"))
        #expect(!r.stderrText.contains("secretpass"))
        #expect(p.run("cmd wifi list-networks").stdoutText == "No networks\n")
        #expect(p.applications.isEmpty)
    }
}
