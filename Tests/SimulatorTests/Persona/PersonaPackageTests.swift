import Foundation
import Signing
import Testing
@testable import Simulator

@Suite struct PersonaPackageTests {
    @Test func testAPKIsAValidZip() throws {
        let apk = TestAPK.make(package: "fr.valise.agent", versionCode: 3, versionName: "1.2", minSdk: 26, padding: 100_000)
        #expect(Array(apk.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("testapk-\(UUID().uuidString).apk")
        try Data(apk).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-m", "zipfile", "-t", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "python3 -m zipfile -t failed (is python3 installed?): \(output)")
        #expect(output.contains("Done testing"), "\(output)")
        let entries = try #require(PersonaZip.entries(apk))
        #expect(entries.map(\.name) == ["AndroidManifest.xml", "valise-sim.properties", "assets/payload.bin"])
        #expect(entries[2].uncompressedSize == 100_000)
    }

    @Test func installSuccessThenDowngradeRefused() throws {
        let p = try PersonaTestSupport.persona()
        #expect(p.installPackage(apk: PersonaTestSupport.agentAPK, arguments: ["-r", "-S", "\(PersonaTestSupport.agentAPK.count)"]) == "Success\n")
        #expect(p.run("pm list packages -3").stdoutText == "package:fr.valise.agent\n")
        #expect(p.run("pm path fr.valise.agent").stdoutText.hasPrefix("package:/data/app/~~"))
        let dump = p.run("dumpsys package fr.valise.agent").stdoutText
        #expect(dump.contains("versionCode=3 minSdk=26 targetSdk=33"))
        #expect(dump.contains("versionName=1.2"))
        let older = TestAPK.make(package: "fr.valise.agent", versionCode: 2)
        #expect(p.installPackage(apk: older, arguments: []) ==
                "Failure [INSTALL_FAILED_VERSION_DOWNGRADE: Downgrade detected: Update version code 2 is older than current 3]\n")
        #expect(p.installPackage(apk: older, arguments: ["-d"]) == "Success\n")
        #expect(p.applications["install:fr.valise.agent"] == 2)
        // The installed APK can be pulled back and hashes like the original.
        let path = p.run("pm path fr.valise.agent").stdoutText.dropFirst(8).trimmingCharacters(in: .newlines)
        #expect(p.run("sha256sum \(path)").stdoutText == Digest.hex(Digest.sha256(older)) + "  \(path)\n")
    }

    @Test func installFailures() throws {
        let p = try PersonaTestSupport.persona()
        let notAPK = p.installPackage(apk: Array("hello".utf8), arguments: [])
        #expect(notAPK.hasPrefix("Failure [INSTALL_PARSE_FAILED_NOT_APK: Failed to parse /data/app/vmdl"))
        #expect(notAPK.contains(".tmp/base.apk: Failed to load asset path "))
        let noEntry = TestAPK.zipStored([("AndroidManifest.xml", [1, 2, 3])])
        #expect(p.installPackage(apk: noEntry, arguments: []).hasPrefix("Failure [INSTALL_PARSE_FAILED_MANIFEST_MALFORMED: "))
        let tooNew = TestAPK.make(package: "fr.valise.future", versionCode: 1, minSdk: 35)
        #expect(p.installPackage(apk: tooNew, arguments: []).hasPrefix("Failure [INSTALL_FAILED_OLDER_SDK: "))
        var f = PersonaFaults(); f.storageFull = true
        p.fault = f
        #expect(p.installPackage(apk: PersonaTestSupport.agentAPK, arguments: []) == "Failure [INSTALL_FAILED_INSUFFICIENT_STORAGE]\n")
        #expect(p.applications.isEmpty)
    }

    @Test func anInstallIsStagedInASessionThatLeavesNothingBehind() throws {
        let directory = try PersonaTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sessions = directory.appendingPathComponent("install-sessions")
        // A session a stopped simulator left half-written goes when the tablet starts again.
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        try Data("half an APK".utf8).write(to: sessions.appendingPathComponent("stale.apk"))
        let p = try PersonaTestSupport.persona(directory: directory)
        #expect(!FileManager.default.fileExists(atPath: sessions.path))
        let apk = TestAPK.make(package: "org.ecole.quiz", versionCode: 10, padding: 300_000)
        #expect(p.installPackage(apk: apk, arguments: ["-S", "\(apk.count)"]) == "Success\n")
        #expect(p.installPackage(apk: Array("not a zip".utf8), arguments: []).hasPrefix("Failure [INSTALL_PARSE_FAILED_NOT_APK"))
        #expect(p.installPackage(apk: [], arguments: []).hasPrefix("Failure [INSTALL_PARSE_FAILED_NOT_APK"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: sessions.path).isEmpty)
        // The session's file became the package's.
        let path = p.run("pm path org.ecole.quiz").stdoutText.dropFirst(8).trimmingCharacters(in: .newlines)
        #expect(p.run("sha256sum \(path)").stdoutText == Digest.hex(Digest.sha256(apk)) + "  \(path)\n")
    }

    @Test func streamedAndFileInstalls() throws {
        let p = try PersonaTestSupport.persona()
        let apk = TestAPK.make(package: "org.ecole.quiz", versionCode: 10, padding: 5000)
        let r = p.run("cmd package install -S \(apk.count) -r -g", stdin: apk)
        #expect(r.stdoutText == "Success\n" && r.exitCode == 0)
        let short = p.run("cmd package install -S \(apk.count + 10)", stdin: apk)
        #expect(short.stdoutText.hasPrefix("Failure [") && short.exitCode == 1)
        #expect(p.run("cat > /data/local/tmp/q.apk", stdin: TestAPK.make(package: "org.ecole.quiz", versionCode: 11)).exitCode == 0)
        #expect(p.run("pm install -r /data/local/tmp/q.apk").stdoutText == "Success\n")
        #expect(p.run("dumpsys package org.ecole.quiz").stdoutText.contains("versionCode=11 "))
        #expect(p.run("pm install /data/local/tmp/nope.apk").exitCode != 0)
    }

    @Test func systemPackagesAndStateChanges() throws {
        let p = try PersonaTestSupport.persona()
        let all = p.run("pm list packages").stdoutText
        for pkg in ["com.android.settings", "com.android.chrome", "com.google.android.youtube", "com.sec.android.app.sbrowser"] {
            #expect(all.contains("package:\(pkg)\n"))
        }
        #expect(p.run("pm list packages -f chrome").stdoutText == "package:/product/app/Chrome/Chrome.apk=com.android.chrome\n")
        #expect(p.run("pm disable-user --user 0 com.google.android.youtube").stdoutText == "Package com.google.android.youtube new state: disabled-user\n")
        #expect(p.run("pm list packages -d").stdoutText == "package:com.google.android.youtube\n")
        #expect(p.run("pm enable com.google.android.youtube").stdoutText == "Package com.google.android.youtube new state: enabled\n")
        #expect(p.run("pm uninstall com.android.chrome").stdoutText == "Failure [DELETE_FAILED_INTERNAL_ERROR]\n")
        #expect(p.run("pm uninstall --user 0 com.android.chrome").stdoutText == "Success\n")
        #expect(!p.run("pm list packages").stdoutText.contains("com.android.chrome"))
        #expect(p.run("pm uninstall no.such.pkg").stdoutText == "Failure [DELETE_FAILED_INTERNAL_ERROR]\n")
        let grant = p.run("pm grant no.such.pkg android.permission.CAMERA")
        #expect(grant.exitCode == 255 && grant.stderrText.contains("Unknown package: no.such.pkg"))
        #expect(p.run("pm list users").stdoutText == "Users:\n\tUserInfo{0:Owner:c13} running\n")
        let lenovo = try PersonaTestSupport.persona(model: "Lenovo TB-X306F", manufacturer: "LENOVO")
        #expect(!lenovo.run("pm list packages").stdoutText.contains("sbrowser"))
    }
}
