import Devices
import Foundation
import Inventory
import Profiles
import Signing
import Simulator
import TestSupport
import Testing
import Transports
@testable import Engine

/// A simulated case provisioned end to end through the engine, over loopback TCP (16 tablets in the first test).
final class CaseFixture: @unchecked Sendable {
    let folder: URL
    let tablets: [SimulatedTablet]
    let plan: ProvisioningPlan
    let inventory: any InventoryStore
    let connector: DeviceConnector
    let events = EventLog()

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `seed` names the tablets (the same seed, the same serials); `store` opens the inventory in the station's home.
    /// `agent` replaces the small test agent (the real one, for instance); `profile` is added to the class's profile.
    init(count: Int, faults: [Int: [String]] = [:], sdk: [Int: Int] = [:], seed: String = "engine", school: String? = nil,
         agent: [UInt8]? = nil, profile: String = "", store: ((String) throws -> any InventoryStore)? = nil) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-case-\(UUID().uuidString)")
        let profiles = folder.appendingPathComponent("Profiles")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let ent = TestAPK.make(package: "fr.iguane.ent", versionCode: 12, padding: 200_000)
        let extra = """
            apps:
              install:
                - apk: ent.apk
                  package: fr.iguane.ent
                  min_version_code: 12
                  sha256: \(Digest.hex(Digest.sha256(ent)))
              remove: [com.google.android.youtube]
            """
        let classFile = try DemoProfiles.copy(to: profiles, agent: agent, extra: extra + profile)
        try Data(ent).write(to: profiles.appendingPathComponent("ent.apk"))
        if let school {
            let file = profiles.appendingPathComponent("school.yaml")
            let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "name: Collège de démonstration", with: "name: \(school)")
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        let loader = ProfileLoader(environment: ["VALISE_DEMO_WIFI_PSK": "valise-demo-wifi", "HOME": folder.path])
        let profile = try loader.load(classFile).get()
        let keys = try ParcKeys.create(in: folder.appendingPathComponent("home/keys").path, organization: "Parc de test")
        plan = try ProvisioningPlan(profile: profile, keys: keys)
        let home = folder.appendingPathComponent("home").path
        inventory = try store?(home) ?? Inventory(home: home)
        var made: [SimulatedTablet] = []
        for index in 0..<count {
            var identity = TabletIdentity.sample(index: index, seed: seed)
            if let level = sdk[index] {
                identity.sdk = level
                identity.androidRelease = String(level - 20)
            }
            var simulated = SimulatedFaults()
            for word in faults[index] ?? [] { try simulated.apply(word) }
            let tablet = try SimulatedTablet(identity: identity, stateDirectory: folder.appendingPathComponent("tablet-\(index)"), faults: simulated)
            tablet.start()
            made.append(tablet)
        }
        tablets = made
        let keyring = try ADBKeyring.load(androidDirectory: folder.appendingPathComponent("android").path,
                                          valiseHome: folder.appendingPathComponent("home").path, vendorKeys: nil)
        var options = SessionOptions()
        options.ioTimeout = .seconds(20)
        connector = DeviceConnector(authenticator: keyring, options: options)
    }

    deinit {
        tablets.forEach { $0.stop() }
        try? FileManager.default.removeItem(at: folder)
    }

    var targets: [ProvisionTarget] {
        tablets.enumerated().map { ProvisionTarget(slot: $0.offset + 1, address: TCPAddress(host: "127.0.0.1", port: $0.element.port)) }
    }

    func provision(dryRun: Bool = false) throws -> [TabletResult] {
        let provisioner = Provisioner(plan: plan, inventory: inventory, connector: connector,
                                      limits: SchedulerLimits(global: 8, perGroup: 8, maxAttempts: 2, initialBackoff: .milliseconds(100)))
        return try provisioner.run(targets, command: "provision", dryRun: dryRun) { [events] in events.append($0) }
    }
}

/// The events of a run; `hold` (when set) is called with each one on the tablet's own queue, so it can keep that tablet waiting.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [ProvisionEvent] = []
    private var holder: (@Sendable (ProvisionEvent) -> Void)?
    func append(_ event: ProvisionEvent) {
        let hold = lock.withLock { items.append(event); return holder }
        hold?(event)
    }
    var all: [ProvisionEvent] { lock.withLock { items } }
    var hold: (@Sendable (ProvisionEvent) -> Void)? {
        get { lock.withLock { holder } }
        set { lock.withLock { holder = newValue } }
    }
}

@Suite(.serialized) struct ProvisionTests {
    @Test func aCaseIsProvisionedThenASecondRunIsAllSkips() throws {
        let fixture = try CaseFixture(count: 16, sdk: [1: 31])
        let first = try fixture.provision()
        #expect(first.allSatisfy { $0.problem == nil && !$0.cancelled }, "\(first.compactMap(\.problem))")
        for (index, tablet) in fixture.tablets.enumerated() {
            let persona = tablet.persona
            #expect(persona.isAgentListening)
            #expect(persona.identity.timeZone == "America/Marigot")
            #expect(persona.agentLastSequence != nil)
            let record = try #require(try fixture.inventory.tablet(serial: tablet.serial))
            #expect(record.status == "provisioned")
            #expect(record.slot == index + 1)
            #expect(record.name == String(format: "DEMO-5A-%02d", index + 1))
            #expect(try fixture.inventory.unfinishedSteps(serial: tablet.serial).isEmpty)
        }
        // Wi-Fi by `cmd wifi` on Android 11–12; through the agent's bundle from Android 13.
        for tablet in fixture.tablets {
            let byShell = tablet.persona.applications.keys.contains { $0.hasPrefix("wifi:add-network") }
            #expect(byShell == (30...32).contains(tablet.persona.identity.sdk))
            #expect(tablet.persona.run("cmd wifi list-networks").stdoutText.contains("Valise-Demo"))
        }

        let before = fixture.tablets.map { $0.persona.applications }
        let second = try fixture.provision()
        #expect(second.allSatisfy { $0.problem == nil })
        #expect(fixture.tablets.map { $0.persona.applications } == before)
        for (index, tablet) in fixture.tablets.enumerated() {
            var expected = ["enrol": 1, "apps": 1, "settings": 1, "bundle": 1]
            if (30...32).contains(tablet.persona.identity.sdk) { expected["wifi"] = 1 }   // cmd wifi, Android 11–12
            let counts = try fixture.inventory.appliedCounts(serial: tablet.serial)
            #expect(counts == expected, "tablet \(index): \(counts)")
        }
    }

    @Test func tabletsThatNeedAHandSayWhyAndTheOthersCarryOn() throws {
        let fixture = try CaseFixture(count: 3, faults: [0: ["battery-low"], 1: ["accounts-present"]])
        let results = try fixture.provision()
        let battery = try #require(results[0].problem)
        #expect(battery.summary.contains("battery"))
        #expect(battery.action.contains("charge"))
        let accounts = try #require(results[1].problem)
        #expect(accounts.summary.contains("account"))
        #expect(accounts.action.contains("Accounts"))
        #expect(results[1].attempts == 1)          // permanent: not retried
        #expect(results[2].problem == nil)
        #expect(try fixture.inventory.tablet(serial: fixture.tablets[1].serial)?.status == "failed")
    }

    @Test func eachTabletIsReachedOnceAndEachStepAsksItsQuestionsOnce() throws {
        let fixture = try CaseFixture(count: 3)
        let results = try fixture.provision()
        #expect(results.allSatisfy { $0.problem == nil }, "\(results.compactMap(\.problem))")
        for tablet in fixture.tablets {
            // The connection that read the serial (before anything changes) is the job's: one handshake a tablet.
            #expect(tablet.connectionCount == 1)
            let services = tablet.servicesOpened
            let asked = Self.commands(services)
            // What a step's check asked, its change decides from, without asking again.
            for command in ["settings get global device_name", "settings get system screen_off_timeout", "dumpsys package fr.iguane.ent",
                            "pm list packages -d", "pm list packages fr.valise.agent", "getprop ro.product.model", "dumpsys battery"] {
                #expect(asked[command] == 1, "\(command): \(services)")
            }
            // Each change is made once; what a change may alter is asked again (the owner after the agent's install,
            // then in the read-back).
            #expect(asked["settings put global device_name \(try #require(results.first { $0.serial == tablet.serial }?.name))"] == 1)
            #expect(asked["dpm list-owners"] == 3)
            // A step's questions go together, and so do its settings: half the shells of one command each (13 here:
            // the serial, the facts, 3 to enrol, 2 for the apps, 2 for the settings, 2 for Wi-Fi, the agent's start and
            // the read-back).
            let shells = services.filter { $0.key.hasPrefix("shell") }.values.reduce(0, +)
            #expect(shells <= 13, "\(services)")
            #expect(asked.values.reduce(0, +) >= 2 * shells, "\(services)")
        }
    }

    /// How many times each command ran in the shells opened (several commands to a shell, their answers marked apart).
    static func commands(_ services: [String: Int]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for (service, times) in services {
            guard let line = service.split(separator: ":", maxSplits: 1).last, service.hasPrefix("shell") else { continue }
            let commands = line.replacingOccurrences(of: " && ", with: "; ").components(separatedBy: "; ")
            for command in commands where !command.hasPrefix("echo valise-") { counts[command, default: 0] += times }
        }
        return counts
    }

    @Test func aDryRunChangesNothing() throws {
        let fixture = try CaseFixture(count: 2)
        let before = fixture.tablets.map { $0.persona.applications }
        let results = try fixture.provision(dryRun: true)
        #expect(results.allSatisfy { $0.problem == nil })
        #expect(fixture.tablets.map { $0.persona.applications } == before)
        #expect(fixture.events.all.contains { $0.kind == .wouldChange && $0.message.hasPrefix("enrol: would install the agent") })
        #expect(try fixture.inventory.runs().isEmpty)
    }
}
