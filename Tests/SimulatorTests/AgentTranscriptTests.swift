import Foundation
import Signing
import Testing
@testable import Simulator

/// One protocol, two implementations: the simulated agent answers every golden transcript of `Agent/transcripts`
/// byte for byte, as the real agent does (its runner is the agent's own `TranscriptTest`).
@Suite struct AgentTranscriptTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Agent/transcripts")

    static var transcripts: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".transcript") }.sorted()
    }

    @Test func thereAreTranscripts() {
        #expect(Self.transcripts.count >= 5, "no transcripts in \(Self.folder.path)")
    }

    @Test(arguments: transcripts) func simulatedAgentAnswersLikeTheRealOne(_ name: String) throws {
        var runner = try TranscriptRunner(folder: Self.folder)
        let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            try runner.run(String(line), at: "\(name):\(index + 1)")
        }
        #expect(runner.answers.isEmpty, "\(name): answers left over: \(runner.answers)")
    }
}

/// Plays one transcript against a fresh simulated tablet's agent (real OpenSSL verification).
struct TranscriptRunner {
    let folder: URL
    let directory: URL
    var persona: AndroidPersona
    var connection: AgentConnection
    var owner = true
    var sent = false
    /// Answer lines received and not yet expected.
    var answers: [String] = []
    var partial: [UInt8] = []

    init(folder: URL) throws {
        self.folder = folder
        directory = try PersonaTestSupport.temporaryDirectory()
        persona = try PersonaTestSupport.persona(verifier: CMSBundleVerifierFactory(), directory: directory)
        connection = persona.makeAgentConnection()
    }

    func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent("fixtures").appendingPathComponent(name)))
    }

    /// Replaces `{len:NAME}` and `{sha256:NAME}`.
    func substitute(_ text: String) throws -> String {
        var out = text
        while let match = out.firstMatch(of: /\{(len|sha256):([^}]+)\}/) {
            let bytes = try fixture(String(match.2))
            out.replaceSubrange(match.range, with: match.1 == "len" ? String(bytes.count) : Digest.hex(Digest.sha256(bytes)))
        }
        return out
    }

    mutating func run(_ line: String, at place: String) throws {
        if line.isEmpty || line.hasPrefix("#") { return }
        let (directive, argument) = line.firstIndex(of: " ").map { (String(line[..<$0]), String(line[line.index(after: $0)...])) } ?? (line, "")
        switch directive {
        case "owner": owner = argument == "yes"
        case "send": try send(Array((try substitute(argument) + "\n").utf8))
        case "send-file": try send(try fixture(argument))
        case "expect", "expect-prefix":
            let wanted = try substitute(argument)
            guard !answers.isEmpty else { Issue.record("\(place): no answer, expected \(wanted)"); return }
            let got = answers.removeFirst()
            if directive == "expect" {
                #expect(got == wanted, "\(place)")
            } else {
                #expect(got.hasPrefix(wanted), "\(place): \(got)")
            }
        case "restart":
            connection = persona.makeAgentConnection()
            persona.flush()   // the tablet stops: what it holds is on its storage
            persona = try PersonaTestSupport.persona(verifier: CMSBundleVerifierFactory(), directory: directory)
            connection = persona.makeAgentConnection()
            partial = []
        default:
            Issue.record("\(place): unknown directive \(directive)")
        }
    }

    mutating func send(_ bytes: [UInt8]) throws {
        if !sent {
            sent = true
            if owner {
                #expect(persona.installPackage(apk: PersonaTestSupport.agentAPK, arguments: ["-r"]) == "Success\n")
                #expect(persona.run("dpm set-device-owner fr.valise.agent/.AdminReceiver").exitCode == 0)
            }
        }
        partial += connection.receive(bytes)
        while let newline = partial.firstIndex(of: 0x0A) {
            answers.append(String(decoding: partial[..<newline], as: UTF8.self))
            partial.removeFirst(newline + 1)
        }
    }
}
