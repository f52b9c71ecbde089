import Foundation
import Testing

@testable import Profiles

@Suite("The district's real profiles")
struct RealProfilesTests {
    @Test("every profile under Profiles/ passes check")
    func allPass() throws {
        let loader = try TestSupport.realLoader()
        let diagnostics = loader.check([TestSupport.realProfiles])
        #expect(diagnostics.map(\.description) == [])
        #expect(ProfileLibrary(root: TestSupport.realProfiles).profileFiles().count >= 40)
    }

    @Test("every collège has 6A, 6B, 5A and 5B and every école three cases")
    func classesExist() throws {
        let loader = try TestSupport.realLoader()
        let library = ProfileLibrary(root: TestSupport.realProfiles)
        for school in ["quartier-orleans", "mont-des-accords", "soualiga", "mireille-choisy"] {
            for unit in ["6A", "6B", "5A", "5B"] {
                let profile = try library.profile(forClass: unit, school: school, loader: loader).get()
                #expect(profile.className == unit)
                #expect(profile.device.timeZone == "America/Marigot")
                #expect(profile.wifi.first?.passphrase?.reveal() == TestSupport.testPassphrase)
                #expect(profile.wifi.first?.proxy.host == "proxy.ac-guadeloupe.fr")
            }
        }
        for school in ["clair-saint-maximin", "omer-arrondell", "emile-choisy"] {
            for unit in ["valise-1", "Valise 2", "valise 3"] {
                _ = try library.profile(forClass: unit, school: school, loader: loader).get()
            }
        }
    }

    @Test("tablet names follow the school code, class and slot")
    func tabletNames() throws {
        let loader = try TestSupport.realLoader()
        let library = ProfileLibrary(root: TestSupport.realProfiles)
        let qo = try library.profile(forClass: "5A", school: "Quartier d'Orléans", loader: loader).get()
        #expect(qo.tabletName(slot: 1, serial: "R52N") == "QO-5A-01")
        #expect(qo.tabletName(slot: 16, serial: "R52N") == "QO-5A-16")
        #expect(qo.sourceFiles.map(\.lastPathComponent) == ["district.yaml", "school.yaml", "5e.yaml", "5A.yaml"])
        let csm = try library.profile(forClass: "valise-1", school: "CSM", loader: loader).get()
        #expect(csm.tabletName(slot: 3, serial: "X") == "CSM-V1-03")
        #expect(csm.caseName == "Valise 1")
    }

    @Test("a class name shared by several schools is ambiguous without the school")
    func ambiguous() throws {
        let loader = try TestSupport.realLoader()
        let result = ProfileLibrary(root: TestSupport.realProfiles).profile(forClass: "5A", loader: loader)
        guard case .failure(.ambiguous(_, let candidates)) = result else {
            Issue.record("expected an ambiguous lookup, got \(result)")
            return
        }
        #expect(candidates.count == 5)  // four collèges and the demo
        let missing = ProfileLibrary(root: TestSupport.realProfiles).profile(forClass: "4C", loader: loader)
        guard case .failure(let error) = missing else {
            Issue.record("expected no profile for 4C")
            return
        }
        #expect(error.description.hasPrefix("no profile for class '4C'"))
    }

    @Test("the demo profile needs only VALISE_DEMO_WIFI_PSK")
    func demo() throws {
        let demo = TestSupport.realProfiles.appendingPathComponent("demo/5A.yaml")
        let loader = ProfileLoader(environment: ["VALISE_DEMO_WIFI_PSK": "demo-passphrase-2025", "HOME": "/nonexistent"])
        let profile = try loader.load(demo).get()
        #expect(profile.tabletName(slot: 7, serial: "SIM007") == "DEMO-5A-07")
        #expect(profile.agent.package == "fr.valise.agent")
        #expect(profile.agent.component == "fr.valise.agent/.AdminReceiver")
        #expect(profile.school.uai == "9710000A")

        let unset = ProfileLoader(environment: ["HOME": "/nonexistent"]).load(demo)
        guard case .failure(let errors) = unset else {
            Issue.record("expected the demo to need VALISE_DEMO_WIFI_PSK")
            return
        }
        #expect(errors.diagnostics.map(\.message) == [
            "the Wi-Fi passphrase of 'Valise-Demo' comes from the environment variable VALISE_DEMO_WIFI_PSK, which is not set"
        ])
    }
}
