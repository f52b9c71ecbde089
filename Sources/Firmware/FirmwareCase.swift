import Devices
import Diagnostics
import Dispatch
import Fastboot
import Foundation

/// How one tablet stands against the catalog, for `valise firmware check` and before a flash.
public struct FirmwareStanding: Sendable, Equatable {
    /// The tablet as messages name it.
    public var name: String
    /// Its build, when it could be read.
    public var build: TabletBuild?
    /// Its catalog entry (nil: unknown model, or unreachable).
    public var entry: FirmwareEntry?
    /// Its compliance (`.otherModel` for an unknown model).
    public var compliance: FirmwareCompliance?
    /// Why it could not be read.
    public var problem: String?
    /// It answered fastboot, not ADB: its build is only its bootloader's serial and board.
    public var inFastbootMode = false
    /// It sits in Samsung Download mode (an earlier flash was cut, or it was started there): its build is only
    /// the model its Download mode reports.
    public var inDownloadMode = false

    /// Creates a standing.
    public init(name: String, build: TabletBuild? = nil, entry: FirmwareEntry? = nil, compliance: FirmwareCompliance? = nil, problem: String? = nil) {
        self.name = name
        self.build = build
        self.entry = entry
        self.compliance = compliance
        self.problem = problem
    }

    /// Why it is not up to date, as one line naming the tablet (nil when up to date).
    public var explanation: String? {
        let who = build?.serial ?? name
        if let problem { return "\(who): \(problem)" }
        switch compliance {
        case .needsFlashing(let reasons)?: return "\(who): " + Say.reasonsLine(reasons)
        case .otherModel?: return "\(who): " + Say.noCatalogEntry(model: build?.model, board: build?.board)
        default: return nil
        }
    }

    /// Its build for tables: the incremental, "(fastboot mode)", "(Download mode)" or "-".
    public var buildName: String { inDownloadMode ? Say.buildInDownloadMode : build?.displayName ?? "-" }

    /// "up to date", "needs flashing", "unknown model" or "unreachable".
    public var status: String { Say.firmwareStatus(compliance?.status ?? "unreachable") }
}

/// A whole case: check every tablet, or flash those that need it in parallel, each image read once.
public enum FirmwareCase {
    /// Reads every tablet's build over ADB (one thread per tablet) and compares it with `catalog`. A tablet that
    /// does not answer ADB but answers fastboot is in fastboot mode: it needs flashing, and its board says with what.
    /// One in Samsung Download mode needs flashing with the entry of the model it reports, else with the plan
    /// `journal` says its cut flash had.
    public static func check(_ tablets: [FlashTablet], catalog: FirmwareCatalog, journal: (any FlashJournal)? = nil) -> [FirmwareStanding] {
        parallel(tablets) { tablet in
            let problem: String
            do {
                let device = try tablet.adb()
                defer { device.close() }
                let build = try TabletBuild.read(device)
                let (entry, compliance) = build.compliance(in: catalog)
                return FirmwareStanding(name: device.label, build: build, entry: entry, compliance: compliance)
            } catch let error as ValiseError {
                problem = error.summary
            } catch {
                problem = "\(error)"
            }
            return inFastbootMode(tablet, catalog: catalog) ?? inDownloadMode(tablet, catalog: catalog, journal: journal)
                ?? FirmwareStanding(name: tablet.name, problem: problem)
        }
    }

    /// The standing of a tablet in fastboot mode, from its bootloader's serial and board; nil when it does not answer fastboot.
    static func inFastbootMode(_ tablet: FlashTablet, catalog: FirmwareCatalog) -> FirmwareStanding? {
        guard let device = try? tablet.fastboot() else { return nil }
        defer { device.close() }
        guard let serial = try? device.getVar(FastbootVariable.serialNumber), let board = try? device.getVar(FastbootVariable.product) else { return nil }
        let entry = catalog.entry(board: board, model: nil)
        var standing = FirmwareStanding(name: tablet.name, entry: entry,
                                        compliance: entry == nil ? .otherModel(board) : .needsFlashing([Say.itIsInFastbootMode]))
        standing.build = TabletBuild(serial: serial, model: entry?.models.first ?? "-", board: board, fingerprint: "", securityPatch: "", bootloader: "")
        standing.inFastbootMode = true
        return standing
    }

    /// Flashes each tablet with its entry, all at once, fastboot and Download-mode (odin) boards alike; the tablets
    /// of one entry share each image or package (read once). Samsung packages are checked before any tablet is
    /// touched. `events` gets the tablet's index with each event.
    public static func flash(_ jobs: [(tablet: FlashTablet, entry: FirmwareEntry)], flasher: FirmwareFlasher,
                             events: @escaping @Sendable (Int, FlashEvent) -> Void) -> [Result<FlashResult, FirmwareFlashError>] {
        var images: [String: PlanImages] = [:]
        var packages: [String: PlanPackages] = [:]
        var refused: [String: FirmwareFlashError] = [:]
        var readerOf: [Int] = []
        for job in jobs {
            let id = job.entry.planID
            let sharing = jobs.filter { $0.entry.planID == id }.count
            switch job.entry.method {
            case .fastboot:
                images[id] = images[id] ?? PlanImages(entry: job.entry, readers: sharing)
            case .odin where packages[id] == nil:
                let plan = PlanPackages(entry: job.entry, readers: sharing)
                do { try plan.prepare() } catch { refused[id] = error }
                packages[id] = plan
            case .odin:
                break
            }
            readerOf.append(jobs[..<readerOf.count].filter { $0.entry.planID == id }.count)
        }
        let (sharedImages, sharedPackages, refusals, readers) = (images, packages, refused, readerOf)
        return parallel(Array(jobs.enumerated())) { index, job in
            let id = job.entry.planID
            if let error = refusals[id] {
                return .failure(FirmwareFlashError(error.kind, tablet: job.tablet.serial ?? job.tablet.name, summary: error.summary, reason: error.reason,
                                                   action: error.action, helpTopic: error.helpTopic, detail: error.detail))
            }
            return Result { () throws(FirmwareFlashError) in
                if let plan = sharedPackages[id] {
                    return try flasher.flashOdin(job.tablet, packages: plan, reader: readers[index]) { events(index, $0) }
                }
                guard let plan = sharedImages[id] else { preconditionFailure("every entry has its images") }
                return try flasher.flash(job.tablet, images: plan, reader: readers[index]) { events(index, $0) }
            }
        }
    }

    /// `work` for each item, each on its own serial queue (blocking I/O must not share the small global pool).
    static func parallel<Item, Output: Sendable>(_ items: [Item], _ work: @escaping @Sendable (Item) -> Output) -> [Output] {
        let results = ResultBox<Output>(count: items.count)
        let group = DispatchGroup()
        for (index, item) in items.enumerated() {
            let queue = DispatchQueue(label: "valise.firmware.\(index)")
            let box = UncheckedItem(item)
            queue.async(group: group) { results.set(index, work(box.value)) }
        }
        group.wait()
        return results.values
    }
}

/// Results written from several queues (lock held).
private final class ResultBox<Output>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Output?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: Output) { lock.withLock { slots[index] = value } }
    var values: [Output] { lock.withLock { slots.compactMap { $0 } } }
}

/// An item handed to exactly one queue.
private struct UncheckedItem<Item>: @unchecked Sendable {
    let value: Item
    init(_ value: Item) { self.value = value }
}
