import Diagnostics
import Foundation
import Yams

/// Where a tablet sits: its case (or cart) and its slot number there.
public struct SlotPlace: Sendable, Hashable, Codable {
    /// The case's name ("valise-1").
    public var caseName: String
    /// The slot number written on the case.
    public var slot: Int

    /// Creates a place.
    public init(caseName: String, slot: Int) {
        self.caseName = caseName
        self.slot = slot
    }
}

/// One case map: a case (or a cart) and the USB port path of each of its slots.
///
/// ```yaml
/// case: valise-1
/// hub: 1-1            # where the case's hub is plugged on this workstation (optional)
/// slots:
///   1: 1.1            # relative to hub: 1-1.1.1
///   2: 1.2
///   17: 3-4           # a path with a dash is absolute
/// ```
public struct CaseMap: Sendable, Equatable {
    /// The case's name.
    public var name: String
    /// Port path ("1-1.2.3") → slot number.
    public var slots: [String: Int]
    /// The file it was read from, for messages.
    public var file: String
    /// Port path → where its slot is written in the file, for messages.
    public var locations: [String: FileLocation]

    /// Creates a map.
    public init(name: String, slots: [String: Int], file: String = "-", locations: [String: FileLocation] = [:]) {
        self.name = name
        self.slots = slots
        self.file = file
        self.locations = locations
    }

    /// Parses a case map's YAML text; `file` names it in errors, which list every problem at once.
    public static func parse(_ text: String, file: String) throws(FileProblems) -> CaseMap {
        var problems: [FileDiagnostic] = []
        func location(_ node: Node?) -> FileLocation {
            FileLocation(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
        }
        func report(_ node: Node?, _ message: String, fix: String) {
            problems.append(FileDiagnostic(at: location(node), message: message, fix: fix))
        }
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch {
            throw FileProblems(.caseMap, [Self.yamlProblem(error, file: file)])
        }
        guard let map = root?.mapping else {
            report(root, Say.caseMapNotAMap, fix: Say.caseMapStartFrom)
            throw FileProblems(.caseMap, problems)
        }
        for (key, _) in map where !Self.keys.contains(key.string ?? "") {
            problems.append(.unknownKey(key.string ?? "?", at: location(key), among: Self.keys))
        }
        let name = map["case"]?.string ?? ""
        if name.isEmpty {
            report(map["case"] ?? root, Say.caseMapNoCase, fix: Say.caseMapNoCaseFix)
        }
        let hub = map["hub"]?.string
        if let hub, !Self.isPortPath(hub) {
            report(map["hub"], Say.caseMapBadHub(hub), fix: Say.caseMapBadHubFix)
        }
        var slots: [String: Int] = [:]
        var places: [String: FileLocation] = [:]
        if let entries = map["slots"]?.mapping, !entries.isEmpty {
            var seenSlots: Set<Int> = []
            for (key, value) in entries {
                // The text as written: YAML would read 1.10 as the number 1.1.
                let keyText = key.string ?? "?", written = value.string ?? "?"
                guard let slot = Int(keyText), slot > 0 else {
                    report(key, Say.caseMapBadSlot(keyText), fix: Say.caseMapBadSlotFix)
                    continue
                }
                guard seenSlots.insert(slot).inserted else {
                    report(key, Say.caseMapSlotTwice(slot), fix: Say.caseMapOneLinePerSlot)
                    continue
                }
                let path = written.contains("-") ? written : hub.map { "\($0).\(written)" }
                guard let path else {
                    report(value, Say.caseMapRelativeWithoutHub(slot, written: written), fix: Say.caseMapRelativeWithoutHubFix(written))
                    continue
                }
                guard Self.isPortPath(path) else {
                    report(value, Say.caseMapBadPort(slot, written: written), fix: Say.caseMapBadPortFix)
                    continue
                }
                if let other = slots[path] {
                    report(value, Say.caseMapPortTwice(path, first: other, then: slot), fix: Say.caseMapPortTwiceFix)
                    continue
                }
                slots[path] = slot
                places[path] = location(value)
            }
        } else {
            report(map["slots"] ?? root, Say.caseMapNoSlots, fix: Say.caseMapNoSlotsFix)
        }
        guard problems.isEmpty else { throw FileProblems(.caseMap, problems) }
        return CaseMap(name: name, slots: slots, file: file, locations: places)
    }

    /// The keys a case map may have.
    static let keys = ["case", "hub", "slots", "description"]

    /// The problem for YAML that Yams could not read.
    private static func yamlProblem(_ error: any Error, file: String) -> FileDiagnostic {
        switch error as? YamlError {
        case .scanner(let context, let problem, let mark, _)?, .parser(let context, let problem, let mark, _)?,
             .composer(let context, let problem, let mark, _)?:
            return .yamlSyntax(problem, at: FileLocation(file: file, line: mark.line, column: mark.column),
                               context: context.map { ($0.text, $0.mark.line, $0.mark.column) })
        default:
            return .yamlSyntax("\(error)", at: .start(of: file))
        }
    }

    /// Reads and parses the case map at `url`.
    public static func load(_ url: URL) throws(FileProblems) -> CaseMap {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw FileProblems(.caseMap, [FileDiagnostic(at: .start(of: url.path), message: Say.caseMapUnreadable,
                                                         fix: Say.caseMapUnreadableFix(url.path))])
        }
        return try parse(String(decoding: data, as: UTF8.self), file: url.path)
    }

    /// "1-1.2.3": a bus number, a dash, then dot-separated port numbers (1–255).
    public static func isPortPath(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let bus = Int(parts[0]), bus > 0 else { return false }
        let ports = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return !ports.isEmpty && ports.allSatisfy { Int($0).map { (1...255).contains($0) } ?? false }
    }
}

/// Every case map in use: port path → case and slot.
public struct CaseMaps: Sendable, Equatable {
    /// The maps, in the order read.
    public var maps: [CaseMap]

    /// Creates a set of maps; each port path claimed by two maps is a problem located in the later one, naming the other.
    public init(_ maps: [CaseMap]) throws(FileProblems) {
        var owner: [String: CaseMap] = [:]
        var problems: [FileDiagnostic] = []
        for map in maps {
            for path in map.slots.keys.sorted() {
                if let other = owner[path], other.file != map.file || other.name != map.name {
                    problems.append(FileDiagnostic(at: map.locations[path] ?? .start(of: map.file),
                                                   message: Say.caseMapPortInOtherCase(path, slot: other.slots[path] ?? 0, case: other.name, file: other.file),
                                                   fix: Say.caseMapPortInOtherCaseFix))
                }
                owner[path] = owner[path] ?? map
            }
        }
        guard problems.isEmpty else { throw FileProblems(.caseMap, problems) }
        self.maps = maps
    }

    /// No maps: no slots.
    public static let none = CaseMaps(unchecked: [])

    private init(unchecked maps: [CaseMap]) { self.maps = maps }

    /// The place of the tablet plugged at `portPath` ("1-1.2"), if a map names it.
    public func place(of portPath: String) -> SlotPlace? {
        for map in maps {
            if let slot = map.slots[portPath] { return SlotPlace(caseName: map.name, slot: slot) }
        }
        return nil
    }

    /// The maps in `files`, or, when none is given, every `*.yaml` in `Profiles/cases` under
    /// the current folder and in `$VALISE_HOME/cases` (missing folders are fine).
    public static func load(files: [String], environment: [String: String] = ProcessInfo.processInfo.environment,
                            currentFolder: String = FileManager.default.currentDirectoryPath) throws(FileProblems) -> CaseMaps {
        let urls = files.isEmpty ? Self.files(in: [currentFolder + "/Profiles/cases", ValiseHome.path(environment: environment) + "/cases"])
            : files.map { URL(fileURLWithPath: $0) }
        var maps: [CaseMap] = []
        var problems: [FileDiagnostic] = []
        for url in urls {
            do { maps.append(try CaseMap.load(url)) } catch { problems += error.diagnostics }
        }
        guard problems.isEmpty else { throw FileProblems(.caseMap, problems) }
        return try CaseMaps(maps)
    }

    /// The case map files (`*.yaml`) of `folders`, each folder once, in order (missing folders are fine).
    public static func files(in folders: [String]) -> [URL] {
        var found: [URL] = []
        var seen = Set<String>()
        for folder in folders.map({ URL(fileURLWithPath: $0).standardizedFileURL.path }) where seen.insert(folder).inserted {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            found += names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { URL(fileURLWithPath: folder + "/" + $0) }
        }
        return found
    }
}
