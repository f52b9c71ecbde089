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
            report(root, "a case map must be a map with 'case' and 'slots'", fix: "start from Profiles/cases/valise-1.yaml")
            throw FileProblems(.caseMap, problems)
        }
        for (key, _) in map where !Self.keys.contains(key.string ?? "") {
            problems.append(.unknownKey(key.string ?? "?", at: location(key), among: Self.keys))
        }
        let name = map["case"]?.string ?? ""
        if name.isEmpty {
            report(map["case"] ?? root, "the case map has no 'case'", fix: "add case: NAME (the case's name, e.g. valise-1)")
        }
        let hub = map["hub"]?.string
        if let hub, !Self.isPortPath(hub) {
            report(map["hub"], "hub '\(hub)' is not a USB port path", fix: "write where the case's hub is plugged, as `valise devices` shows it, e.g. hub: 1-1")
        }
        var slots: [String: Int] = [:]
        var places: [String: FileLocation] = [:]
        if let entries = map["slots"]?.mapping, !entries.isEmpty {
            var seenSlots: Set<Int> = []
            for (key, value) in entries {
                // The text as written: YAML would read 1.10 as the number 1.1.
                let keyText = key.string ?? "?", written = value.string ?? "?"
                guard let slot = Int(keyText), slot > 0 else {
                    report(key, "slot '\(keyText)' is not a positive whole number", fix: "number the slots as written on the case: 1, 2, 3…")
                    continue
                }
                guard seenSlots.insert(slot).inserted else {
                    report(key, "slot \(slot) is listed twice", fix: "keep one line per slot")
                    continue
                }
                let path = written.contains("-") ? written : hub.map { "\($0).\(written)" }
                guard let path else {
                    report(value, "slot \(slot): '\(written)' is relative but the map has no hub", fix: "write 1-1.\(written), or add hub: 1-1")
                    continue
                }
                guard Self.isPortPath(path) else {
                    report(value, "slot \(slot): '\(written)' is not a USB port path", fix: "write the port path as `valise devices` shows it, e.g. 1-1.2")
                    continue
                }
                if let other = slots[path] {
                    report(value, "port \(path) is given to both slot \(other) and slot \(slot)", fix: "give each slot the port its tablet is plugged in")
                    continue
                }
                slots[path] = slot
                places[path] = location(value)
            }
        } else {
            report(map["slots"] ?? root, "the case map has no slots", fix: "add slots: with one line per slot, its number and port path, e.g. 1: 1.1")
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
            throw FileProblems(.caseMap, [FileDiagnostic(at: .start(of: url.path), message: "the case map does not exist or cannot be read",
                                                         fix: "check the path given with --case, or its permissions (ls -l \(url.path))")])
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
                                                   message: "port \(path) is also slot \(other.slots[path] ?? 0) of case \(other.name) in \(other.file)",
                                                   fix: "keep each port in one case map; remove it from one of the two files"))
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
