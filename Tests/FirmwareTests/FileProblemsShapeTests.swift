import Devices
import Diagnostics
import Firmware
import Foundation
import Profiles
import Testing

/// Every file Valise reads reports its problems the same way: a `FileProblems` of its kind, one
/// `FILE:LINE:COL: what — fix` line per problem, at the place of the mistake.
@Suite struct FileProblemsShapeTests {
    static func expectShape(_ problems: FileProblems?, _ kind: FileProblems.Kind, naming expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(problems?.kind == kind, sourceLocation: sourceLocation)
        #expect(problems?.diagnostics.isEmpty == false, sourceLocation: sourceLocation)
        // `FILE:LINE:COL: what — fix`, as the command line shows it.
        let shape = /[^:\n]+\.yaml:[1-9][0-9]*:[1-9][0-9]*: [^\n]+ — [^\n]+/
        for line in problems?.description.split(separator: "\n") ?? [] {
            #expect(line.wholeMatch(of: shape) != nil, "\(line)", sourceLocation: sourceLocation)
        }
        #expect(problems?.diagnostics.contains { $0.description.hasPrefix(expected) } == true, "\(String(describing: problems))", sourceLocation: sourceLocation)
    }

    @Test func profilesPlansCaseMapsAndCatalogsShareOneShape() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-shape-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let profile = folder.appendingPathComponent("5A.yaml")
        try "kind: class\ndevice:\n  screen_timout: 60\n".write(to: profile, atomically: true, encoding: .utf8)
        guard case .failure(let profileProblems) = ProfileLoader().load(profile) else { Issue.record("the profile was accepted"); return }
        Self.expectShape(profileProblems.relative(to: folder), .profile, naming: "5A.yaml:3:3: unknown key 'screen_timout' — did you mean 'screen_timeout'?")

        guard case .failure(let plan) = RentreePlan.parse("name: x\nprofiles: .\ncases:\n  valise-1: {klass: 5A}\n", file: "plan.yaml", folder: folder)
        else { Issue.record("the plan was accepted"); return }
        Self.expectShape(plan, .rentreePlan, naming: "plan.yaml:4:13: case 'valise-1' has no class — ")

        let caseMap = #expect(throws: FileProblems.self) { try CaseMap.parse("case: valise-9\nhubs: 1-1\nslots:\n  1: 1-1.1\n", file: "map.yaml") }
        Self.expectShape(caseMap, .caseMap, naming: "map.yaml:2:1: unknown key 'hubs' — did you mean 'hub'?")

        guard case .failure(let catalog) = FirmwareCatalog.parse("products:\n  gta7litewifi: {bootloadr: X}\n", file: "catalog.yaml", folder: folder)
        else { Issue.record("the catalog was accepted"); return }
        Self.expectShape(catalog, .firmwareCatalog, naming: "catalog.yaml:2:3: product 'gta7litewifi' has no 'bootloader' — ")
    }
}
