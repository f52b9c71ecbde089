import Foundation
import Testing
@testable import Simulator

@Suite struct PersonaConcurrencyTests {
    @Test func commandsFromManyThreadsAllLand() throws {
        let p = try PersonaTestSupport.persona()
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            for j in 0..<10 {
                _ = p.run("settings put secure valise_\(i)_\(j) \(j)")
                _ = p.installPackage(apk: TestAPK.make(package: "org.ecole.app\(i)", versionCode: j + 1), arguments: [])
                _ = p.run("echo \(i) > /sdcard/f\(i).txt && cat /sdcard/f\(i).txt")
            }
        }
        let settings = p.run("settings list secure").stdoutText
        #expect(settings.split(separator: "\n").filter { $0.hasPrefix("valise_") }.count == 160)
        #expect(p.run("pm list packages -3").stdoutText.split(separator: "\n").count == 16)
        for i in 0..<16 { #expect(p.applications["install:org.ecole.app\(i)"] == 10) }
        #expect(p.run("dumpsys package org.ecole.app7").stdoutText.contains("versionCode=10 "))
    }

    @Test func textFiltersAfterPipes() throws {
        let p = try PersonaTestSupport.persona()
        #expect(p.run("getprop | grep ro.product.model").stdoutText == "[ro.product.model]: [SM-T220]\n")
        #expect(p.run("pm list packages | grep -q chrome && echo yes").stdoutText == "yes\n")
        #expect(p.run("pm list packages | grep nothing-like-this").exitCode == 1)
        #expect(p.run("getprop | head -n 1 | wc -l").stdoutText == "1\n")
        #expect(p.run("sleep 0.01 && echo slept").stdoutText == "slept\n")
    }
}
