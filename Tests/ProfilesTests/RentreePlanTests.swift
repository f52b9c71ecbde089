import Diagnostics
import Foundation
import Testing

@testable import Profiles

/// Rentrée plans get located errors like profiles, checked against the profile library before any tablet is touched.
@Suite struct RentreePlanTests {
    static func plan(_ text: String) throws -> (URL, Result<RentreePlan, FileProblems>) {
        let folder = try TestSupport.temporaryFolder()
        let file = folder.appendingPathComponent("plan.yaml")
        try TestSupport.write(text, to: file, mode: 0o644)
        return (folder, RentreePlan.load(file))
    }

    @Test func aTabIsReportedWhereItIs() throws {
        let (_, result) = try Self.plan("name: Test\nprofiles: \(TestSupport.realProfiles.path)\ncases:\n\tvalise-1: 5A\n")
        guard case .failure(let errors) = result else { Issue.record("a tab was accepted"); return }
        #expect(errors.diagnostics.map { "\($0.line):\($0.column)" } == ["4:1"], "\(errors.diagnostics)")
        #expect(errors.diagnostics.first?.fix.contains("indentation with spaces") == true)
    }

    @Test func unknownClassesAndSchoolsAreLocatedWithTheClosestNames() throws {
        let (_, result) = try Self.plan("""
            name: Test
            profiles: \(TestSupport.realProfiles.path)
            cases:
              valise-1: {class: 5Z, school: QO}
              valise-2: {class: 5A, school: QX}
              valise-3: 5A
              valise-4: {class: 5A, school: QO}
            """)
        let plan = try result.get()
        let problems = plan.checkClasses(in: ProfileLibrary(root: plan.profiles)).map { "\($0.line):\($0.column): \($0.message) — \($0.fix)" }
        #expect(problems.count == 3, "\(problems)")
        #expect(problems[0].hasPrefix("4:21: ") && problems[0].hasSuffix("has no class or case '5Z' — did you mean '5A'?"), "\(problems)")
        #expect(problems[1] == "5:21: no school 'QX' of the library has a class '5A' — did you mean school 'QO'?", "\(problems)")
        #expect(problems[2].hasPrefix("6:13: several schools have a class '5A'"), "\(problems)")
    }
}
