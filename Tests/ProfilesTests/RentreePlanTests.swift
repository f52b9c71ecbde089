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

    /// Two cases of one class number their slots from 1 each: a naming template without {case} or {serial} would give
    /// their tablets the same names, so the plan is refused, located at the later case, with the template to write.
    @Test func casesOfOneClassNamedAlikeAreRefusedWithTheTemplateToWrite() throws {
        let (_, result) = try Self.plan("""
            name: Test
            profiles: \(TestSupport.realProfiles.path)
            cases:
              valise-1: {class: 5A, school: QO}
              valise-2: {class: 5A, school: QO, tcp: "127.0.0.1:5600-5615"}
              valise-3: {class: 5A, school: QO}
            """)
        let plan = try result.get()
        var profile = ResolvedProfile()   // the district's default naming, {school}-{class}-{slot:02}
        profile.school.name = "Collège Quartier d'Orléans"
        profile.school.code = "QO"
        profile.className = "5A"
        let template = profile.naming.template
        #expect(template == "{school}-{class}-{slot:02}")
        let problems = plan.casesNamedAlike(Array(repeating: profile, count: 3)).map { "\($0.line):\($0.column): \($0.message) — \($0.fix)" }
        let suggestion = template.replacingOccurrences(of: "{slot", with: "{case}-{slot")
        #expect(problems == [
            "5:21: cases valise-1 and valise-2 both get class 5A: their tablets would have the same names (\(profile.tabletName(slot: 1, serial: "")) "
                + "in each), since the naming template '\(template)' names a tablet by its slot — add {case} to naming.template in the class's "
                + "profile (for example template: \"\(suggestion)\"), or give each case its own class",
            "6:21: cases valise-1 and valise-3 both get class 5A: their tablets would have the same names (\(profile.tabletName(slot: 1, serial: "")) "
                + "in each), since the naming template '\(template)' names a tablet by its slot — add {case} to naming.template in the class's "
                + "profile (for example template: \"\(suggestion)\"), or give each case its own class",
        ], "\(problems)")
        #expect(plan.casesNamedAlike([profile]).isEmpty, "one case of a class names its tablets alone")

        // With {case} in the template each case's tablets have their own names, and the plan is accepted.
        profile.naming = try NamingTemplate.parse(suggestion).get()
        #expect(plan.casesNamedAlike(Array(repeating: profile, count: 3)).isEmpty)
        #expect(profile.tabletName(slot: 1, serial: "S", caseName: "valise-1") != profile.tabletName(slot: 1, serial: "S", caseName: "valise-3"))
    }
}
