import Testing
@testable import ADB

/// OPEN service strings (§4).
@Suite struct ServiceTests {
    @Test func shellStrings() {
        #expect(ADBService.shell("getprop ro.serialno", v2: true) == "shell,v2,raw:getprop ro.serialno")
        #expect(ADBService.shell("getprop ro.serialno", v2: false) == "shell:getprop ro.serialno")
        #expect(ADBService.shell("", v2: false) == "shell:")
        #expect(ADBService.exec("cat /x") == "exec:cat /x")
    }

    @Test func otherServices() {
        #expect(ADBService.sync == "sync:")
        #expect(ADBService.localAbstract("valise-agent") == "localabstract:valise-agent")
        #expect(ADBService.reboot() == "reboot:")
        #expect(ADBService.reboot(.bootloader) == "reboot:bootloader")
        #expect(ADBService.reboot(.sideloadAutoReboot) == "reboot:sideload-auto-reboot")
    }

    @Test func abbExecInstallUsesNULSeparators() {
        let service = ADBService.abbExecInstall(arguments: ["-r", "--user", "0"], size: 1_234_567)
        let parts = service.split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
        #expect(parts == ["abb_exec:package", "install", "-r", "--user", "0", "-S", "1234567"])
        let nul: [UInt8] = [0]
        let expected = [Array("abb_exec:package".utf8), Array("install".utf8), Array("-r".utf8), Array("--user".utf8),
                        Array("0".utf8), Array("-S".utf8), Array("1234567".utf8)].joined(separator: nul)
        #expect(Array(service.utf8) == Array(expected))
        #expect(!service.contains(" "))
        #expect(ADBService.abbExecInstall(arguments: [], size: 0) == "abb_exec:package\0install\0-S\00")
    }

    @Test func cmdInstallQuotesWords() {
        let service = ADBService.cmdInstall(arguments: ["-r", "-i", "com.example.store", "--install-reason", "it's mine"], size: 42)
        #expect(service == #"exec:cmd package install -r -i com.example.store --install-reason 'it'\''s mine' -S 42"#)
        #expect(ADBService.cmdInstall(arguments: [], size: 7) == "exec:cmd package install -S 7")
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("--user=0", "--user=0"),
        ("a/b.c_d-e:f,g+h@i%j", "a/b.c_d-e:f,g+h@i%j"),
        ("two words", "'two words'"),
        ("it's", #"'it'\''s'"#),
        ("'", #"''\'''"#),
        ("", "''"),
        ("$HOME", "'$HOME'"),
        ("a;rm -rf /", "'a;rm -rf /'"),
        ("tab\there", "'tab\there'"),
        ("é", "'é'"),
        ("`x`", "'`x`'"),
        ("a\"b", "'a\"b'"),
        ("*", "'*'"),
    ])
    func shellQuote(word: String, quoted: String) {
        #expect(ADBService.shellQuote(word) == quoted)
    }

    /// Undoing `sh` single quoting gives back the original word, for words a POSIX shell would mangle.
    @Test func shellQuoteIsReversible() {
        for word in ["it's", "''", "a ' b ' c", "x'y'z", "\\'", "new\nline"] {
            #expect(Self.unquote(ADBService.shellQuote(word)) == word)
        }
    }

    /// A minimal `sh` word reader for single quotes and backslash escapes outside them.
    private static func unquote(_ text: String) -> String {
        var out = "", inQuotes = false, escaped = false
        for ch in text {
            if escaped { out.append(ch); escaped = false; continue }
            if inQuotes {
                if ch == "'" { inQuotes = false } else { out.append(ch) }
            } else if ch == "'" {
                inQuotes = true
            } else if ch == "\\" {
                escaped = true
            } else {
                out.append(ch)
            }
        }
        return out
    }
}
