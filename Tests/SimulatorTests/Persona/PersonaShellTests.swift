import Foundation
import Signing
import Testing
@testable import Simulator

@Suite struct PersonaShellTests {
    let p: AndroidPersona
    init() throws { p = try PersonaTestSupport.persona() }

    @Test func quotingAndEscapes() {
        #expect(p.run("echo 'a  b' \"c\\\"d\" e\\ f").stdoutText == "a  b c\"d e f\n")
        #expect(p.run("echo \"x\\$y\" '$?' \\\\").stdoutText == "x$y $? \\\n")
        #expect(p.run("echo ''").stdoutText == "\n")
        #expect(p.run("echo a\"b\"'c'd").stdoutText == "abcd\n")
        #expect(p.run("echo -n hi").stdoutText == "hi")
        #expect(p.run("echo \"a;b && c\"").stdoutText == "a;b && c\n")
    }

    @Test func tokenizerShapes() throws {
        let items = try PersonaShellParser.parse("a 'b c' 2>/dev/null && d || e; f | g")
        #expect(items.map(\.connector) == [";", "&&", "||", ";"])
        #expect(items[0].commands[0].words.count == 2)
        #expect(items[0].commands[0].redirections == [PersonaRedirection(fd: 2, op: ">", target: PersonaShellWord(parts: [.literal("/dev/null")]))])
        #expect(items[3].commands.count == 2)
        // "2" quoted is an argument, not a file descriptor.
        let quoted = try PersonaShellParser.parse("echo '2'>/dev/null")
        #expect(quoted[0].commands[0].words.count == 2)
        #expect(quoted[0].commands[0].redirections.first?.fd == 1)
    }

    @Test func statusAndConnectors() {
        #expect(p.run("false; echo $?").stdoutText == "1\n")
        #expect(p.run("true && echo yes || echo no").stdoutText == "yes\n")
        #expect(p.run("false && echo yes || echo no").stdoutText == "no\n")
        #expect(p.run("false || true && echo ok").stdoutText == "ok\n")
        #expect(p.run("exit 3; echo never") == ShellResult(stdout: [], stderr: [], exitCode: 3))
        #expect(p.run("false").exitCode == 1)
        #expect(p.run("nosuchcmd; echo \"${?}\"").stdoutText == "127\n")
        #expect(p.run("sh -c 'exit 7'").exitCode == 7)
    }

    @Test func unknownCommandAndSyntaxErrors() {
        let r = p.run("frobnicate --now")
        #expect(r.exitCode == 127)
        #expect(r.stderrText == "/system/bin/sh: frobnicate: inaccessible or not found\n")
        let q = p.run("echo 'oops")
        #expect(q == ShellResult(stdout: [], stderr: Array("/system/bin/sh: syntax error: unterminated quoted string\n".utf8), exitCode: 1))
        #expect(p.run("echo \"oops").exitCode == 1)
        #expect(p.run("&& echo").exitCode == 1)
        #expect(p.run("echo a &&").exitCode == 1)
        #expect(p.run("echo >").exitCode == 1)
        #expect(p.run("echo (x)").exitCode == 1)
        #expect(p.run("").exitCode == 0)
        #expect(p.run("   # only a comment").exitCode == 0)
    }

    @Test func redirections() {
        #expect(p.run("echo hello > /sdcard/a.txt; cat /sdcard/a.txt").stdoutText == "hello\n")
        #expect(p.run("echo more >> /sdcard/a.txt; cat < /sdcard/a.txt").stdoutText == "hello\nmore\n")
        let silenced = p.run("cat /sdcard/none 2>/dev/null")
        #expect(silenced.stderr.isEmpty && silenced.exitCode == 1)
        let both = p.run("nosuch >/dev/null 2>&1")
        #expect(both.stdout.isEmpty && both.stderr.isEmpty && both.exitCode == 127)
        let merged = p.run("cat /sdcard/none 2>&1")
        #expect(merged.stdoutText == "cat: /sdcard/none: No such file or directory\n")
        let ro = p.run("echo x > /system/x")
        #expect(ro.exitCode == 1 && ro.stderrText.contains("Read-only file system"))
        #expect(p.run("cat > /data/local/tmp/in.bin", stdin: [1, 2, 3]).exitCode == 0)
        #expect(p.run("wc -c /data/local/tmp/in.bin").stdoutText == "3 /data/local/tmp/in.bin\n")
    }

    @Test func pipes() {
        #expect(p.run("echo abc | wc -c").stdoutText == "4\n")
        #expect(p.run("echo abc | sha256sum").stdoutText.hasPrefix("edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb  -"))
    }

    @Test func fileCommands() {
        #expect(p.run("mkdir -p /sdcard/x/y && touch /sdcard/x/y/f && ls /sdcard/x/y").stdoutText == "f\n")
        #expect(p.run("mkdir /sdcard/x").stderrText == "mkdir: '/sdcard/x': File exists\n")
        #expect(p.run("echo -n 12345 > /sdcard/x/s; stat -c %s /sdcard/x/s").stdoutText == "5\n")
        #expect(p.run("sha256sum /sdcard/x/s").stdoutText == Digest.hex(Digest.sha256(Array("12345".utf8))) + "  /sdcard/x/s\n")
        #expect(p.run("rm /sdcard/x").stderrText == "rm: /sdcard/x: Is a directory\n")
        #expect(p.run("rm -rf /sdcard/x && ls /sdcard/x").stderrText == "ls: /sdcard/x: No such file or directory\n")
        #expect(p.run("ls /data").stderrText == "ls: /data: Permission denied\n")
        #expect(p.run("ls -l /sdcard").stdoutText.hasPrefix("total "))
        #expect(p.run("id").stdoutText.hasPrefix("uid=2000(shell) gid=2000(shell) groups=2000(shell),"))
        #expect(p.run("whoami").stdoutText == "shell\n")
        #expect(p.run("/system/bin/whoami").stdoutText == "shell\n")
    }

    @Test func hostPathMapping() throws {
        #expect(p.hostPath(forDevicePath: "../../etc") == nil)
        #expect(p.hostPath(forDevicePath: "/sdcard/../../etc/passwd") == nil)
        #expect(p.hostPath(forDevicePath: "/sdcard/a/../b")?.path == p.stateDirectory.appendingPathComponent("fs/sdcard/b").path)
        #expect(p.hostPath(forDevicePath: "/storage/emulated/0/Download")?.path == p.stateDirectory.appendingPathComponent("fs/sdcard/Download").path)
        #expect(p.run("cat ../../../etc/passwd").exitCode == 1)
    }

    @Test func storageFullFailsWrites() {
        var f = PersonaFaults(); f.storageFull = true
        p.fault = f
        #expect(p.reserveStorage(bytes: 1) == false)
        let r = p.run("echo x > /sdcard/full.txt")
        #expect(r.exitCode == 1 && r.stderrText.contains("No space left on device"))
        p.fault = PersonaFaults()
        #expect(p.reserveStorage(bytes: 1_000))
        #expect(p.reserveStorage(bytes: p.identity.storageFree + 1) == false)
    }
}
