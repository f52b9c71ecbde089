import Foundation
import TestSupport
import Testing

/// The README's "Under faults and hostile input" section says what the suite does: these checks keep it true.
@Suite struct ReadmeClaimsTests {
    static let repository = ProvisionCLITests.repository

    static func section() throws -> String {
        let readme = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "## Under faults and hostile input"))
        let end = readme.range(of: "\n## ", range: start.upperBound..<readme.endIndex)?.lowerBound ?? readme.endIndex
        return String(readme[start.lowerBound..<end])
    }

    @Test func theFaultMatrixFiguresAreTheTestsOwn() throws {
        let text = try Self.section()
        #expect(text.contains("\(FaultMatrixTests.tablets) simulated tablets"))
        #expect(text.contains("\(FaultMatrixTests.hub.count) sit behind a hub"))
        let needHand = FaultMatrixTests.expected.count
        #expect(text.contains("\(FaultMatrixTests.tablets - needHand) tablets end provisioned; the \(needHand) that need a hand"))
    }

    @Test func theCorpusSizesAreTheCorporaOwn() throws {
        let text = try Self.section()
        let malformed = try FileManager.default.contentsOfDirectory(atPath: MalformedInputTests.corpus.path).count
        #expect(text.contains("\(malformed) cases in `Tests/Fixtures/malformed`"))
        let profiles = try FileManager.default.contentsOfDirectory(atPath: Self.repository.appendingPathComponent("Tests/ProfilesTests/Fixtures/bad").path)
            .filter { $0.hasSuffix(".yaml") }.count
        #expect(text.contains("the \(profiles) broken profiles"))
    }

    @Test func everyFuzzerHasItsLineAndEveryLineItsFuzzer() throws {
        let text = try Self.section()
        let script = try String(contentsOf: Self.repository.appendingPathComponent("Scripts/fuzz"), encoding: .utf8)
        // The targets Scripts/fuzz builds: "name|File.swift|…" lines.
        let targets = script.split(separator: "\n").compactMap { line -> String? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("\""), trimmed.contains("Fuzzer.swift|") else { return nil }
            return trimmed.dropFirst().split(separator: "|").first.map(String.init)
        }
        #expect(targets.count >= 10)
        let rows = Self.runs(in: text)
        #expect(Set(rows.keys) == Set(targets), "README lists \(rows.keys.sorted()), Scripts/fuzz builds \(targets.sorted())")
        // The figures are those the fuzzers' own record gives.
        let record = Self.runs(in: try String(contentsOf: Self.repository.appendingPathComponent("Fuzz/README.md"), encoding: .utf8))
        for (target, runs) in rows { #expect(record[target] == runs, "\(target): README says \(runs), Fuzz/README.md \(record[target] ?? "nothing")") }
    }

    /// "| `target` | runs | …" rows: target → runs as written.
    static func runs(in text: String) -> [String: String] {
        var rows: [String: String] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2 else { continue }
            rows[cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = cells[1]
        }
        return rows
    }
}

/// The README tells the truth about the build: its map of targets is Package.swift's (which declares what the sources
/// import), and its case benchmark figures are the last recorded run's.
@Suite struct BuildMapTests {
    @Test func theMapAndPackageSwiftAgree() throws {
        let script = ReadmeClaimsTests.repository.appendingPathComponent("Scripts/check-map").path
        let run = try Tools.run(try Tools.locate("python3", package: "python3"), [script])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("the map and Package.swift agree"))
    }

    @Test func theCaseBenchFiguresAreTheLastRecordedRun() throws {
        let script = ReadmeClaimsTests.repository.appendingPathComponent("Scripts/bench/readme-figures").path
        let run = try Tools.run(try Tools.locate("python3", package: "python3"), [script, "--check"])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("the README's case figures are the last recorded run's"))
    }
}
