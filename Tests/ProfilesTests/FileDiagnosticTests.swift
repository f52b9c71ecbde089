import Diagnostics
import Foundation
import Testing

/// The one located diagnostic of every file Valise reads: `FILE:LINE:COL: what — fix`, sorted, and its error.
@Suite struct FileDiagnosticTests {
    @Test func aDiagnosticRendersAsFileLineColumnWhatAndFix() {
        let diagnostic = FileDiagnostic(file: "/srv/Profiles/5A.yaml", line: 6, column: 3, message: "unknown key 'ssdi'", fix: "did you mean 'ssid'?")
        #expect(diagnostic.description == "/srv/Profiles/5A.yaml:6:3: unknown key 'ssdi' — did you mean 'ssid'?")
        #expect(diagnostic.location == FileLocation(file: "/srv/Profiles/5A.yaml", line: 6, column: 3))
        #expect(diagnostic.relative(to: URL(fileURLWithPath: "/srv")).description == "Profiles/5A.yaml:6:3: unknown key 'ssdi' — did you mean 'ssid'?")
        #expect(diagnostic.relative(to: URL(fileURLWithPath: "/srv/Prof")).file == "/srv/Profiles/5A.yaml")
        #expect(FileLocation.start(of: "plan.yaml").description == "plan.yaml:1:1")
    }

    @Test func anUnknownKeyNamesTheNearestOneOrTheValidOnes() {
        let at = FileLocation(file: "plan.yaml", line: 3, column: 14)
        #expect(FileDiagnostic.unknownKey("klass", at: at, among: ["class", "school", "tcp"], in: "case 'valise-1'").description
            == "plan.yaml:3:14: unknown key 'klass' in case 'valise-1' — did you mean 'class'?")
        #expect(FileDiagnostic.unknownKey("zzzzzz", at: at, among: ["case", "hub"]).description
            == "plan.yaml:3:14: unknown key 'zzzzzz' — remove it; valid keys here are: case, hub")
    }

    @Test func aYAMLSyntaxErrorSaysWhereTheConstructStarted() {
        let error = FileDiagnostic.yamlSyntax("did not find expected ',' or ']'", at: FileLocation(file: "map.yaml", line: 2, column: 1),
                                              context: ("while parsing a flow sequence", 1, 7))
        #expect(error.description == "map.yaml:2:1: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence that "
            + "starts at line 1, column 7) — \(FileDiagnostic.yamlFix)")
    }

    @Test func diagnosticsAreSortedByFileLineAndColumnEachOnce() {
        let late = FileDiagnostic(file: "a.yaml", line: 10, column: 2, message: "late", fix: "f")
        let early = FileDiagnostic(file: "a.yaml", line: 2, column: 9, message: "early", fix: "f")
        let sameFirst = FileDiagnostic(file: "a.yaml", line: 2, column: 9, message: "same place, found second", fix: "f")
        let other = FileDiagnostic(file: "b.yaml", line: 1, column: 1, message: "other file", fix: "f")
        #expect(FileDiagnostic.sorted([other, late, early, sameFirst, late]).map(\.message)
            == ["early", "same place, found second", "late", "other file"])
    }

    @Test func fileProblemsListEveryLineWithTheFixForTheirKind() {
        let one = FileDiagnostic(file: "/w/plan.yaml", line: 2, column: 8, message: "the plan lists no cases", fix: "add cases:")
        let two = FileDiagnostic(file: "/w/plan.yaml", line: 1, column: 1, message: "the plan has no 'profiles'", fix: "add profiles: PATH")
        let plan = FileProblems(.rentreePlan, [one, two]).relative(to: URL(fileURLWithPath: "/w"))
        #expect(plan.summary == """
            The rentrée plan has 2 problems:
              plan.yaml:1:1: the plan has no 'profiles' — add profiles: PATH
              plan.yaml:2:8: the plan lists no cases — add cases:
            """)
        #expect(plan.reason.hasSuffix("; nothing was provisioned.") && plan.helpTopic == "rentree" && plan.exitCode == 65)
        #expect(plan.description == "plan.yaml:1:1: the plan has no 'profiles' — add profiles: PATH\nplan.yaml:2:8: the plan lists no cases — add cases:")
        let profile = FileProblems(.profile, [one])
        #expect(profile.summary.hasPrefix("The profile has 1 problem:\n  /w/plan.yaml:2:8: "))
        #expect(profile.action == "Fix the lines above, then run `valise profile check` again." && profile.reason.hasSuffix("how to fix it."))
        #expect(FileProblems(.caseMap, [one]).helpTopic == "case-maps" && FileProblems(.caseMap, [one]).action.contains("--case FILE"))
        #expect(FileProblems(.firmwareCatalog, [one]).reason.hasSuffix("; nothing was flashed."))
    }
}
