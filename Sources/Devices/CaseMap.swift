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

    /// Creates a map.
    public init(name: String, slots: [String: Int], file: String = "-") {
        self.name = name
        self.slots = slots
        self.file = file
    }

    /// Parses a case map's YAML text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws -> CaseMap {
        /// The error at `node`'s line.
        func problem(_ node: Node?, _ text: String) -> CaseMapError { CaseMapError(file: file, problem: text, line: node?.mark?.line) }
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch let error as YamlError {
            if case let .parser(_, what, mark, _) = error { throw CaseMapError(file: file, problem: "it is not valid YAML: \(what)", line: mark.line) }
            if case let .scanner(_, what, mark, _) = error { throw CaseMapError(file: file, problem: "it is not valid YAML: \(what)", line: mark.line) }
            throw CaseMapError(file: file, problem: "it is not valid YAML")
        } catch {
            throw CaseMapError(file: file, problem: "it is not valid YAML")
        }
        guard let map = root?.mapping else { throw problem(root, "it must be a map with `case:` and `slots:`") }
        var fields: [String: Node] = [:]
        for (key, value) in map {
            let name = key.string ?? "?"
            guard ["case", "hub", "slots", "description"].contains(name) else {
                throw problem(key, "unknown key `\(name)` (valid keys: case, hub, slots, description)")
            }
            fields[name] = value
        }
        guard let name = fields["case"]?.string, !name.isEmpty else {
            throw problem(fields["case"] ?? root, "`case:` (the case's name, e.g. valise-1) is missing")
        }
        let hub = fields["hub"]?.string
        if let hub, !Self.isPortPath(hub) {
            throw problem(fields["hub"], "`hub: \(hub)` is not a USB port path such as 1-1 or 2-3.1")
        }
        guard let entries = fields["slots"]?.mapping, !entries.isEmpty else {
            throw problem(fields["slots"] ?? root, "`slots:` must map each slot number to a port path (for example `1: 1.1`)")
        }
        var slots: [String: Int] = [:]
        var seenSlots: Set<Int> = []
        for (key, value) in entries {
            // The text as written: YAML would read 1.10 as the number 1.1.
            let keyText = key.string ?? "?", written = value.string ?? "?"
            guard let slot = Int(keyText), slot > 0 else {
                throw problem(key, "slot `\(keyText)` is not a positive whole number")
            }
            let path: String
            if written.contains("-") {
                path = written
            } else if let hub {
                path = "\(hub).\(written)"
            } else {
                throw problem(value, "slot \(slot): `\(written)` is relative but no `hub:` is given (write 1-1.\(written), or add hub: 1-1)")
            }
            guard Self.isPortPath(path) else {
                throw problem(value, "slot \(slot): `\(written)` is not a USB port path such as 1-1.2")
            }
            guard seenSlots.insert(slot).inserted else { throw problem(key, "slot \(slot) is listed twice") }
            if let other = slots[path] {
                throw problem(value, "port \(path) is given to both slot \(other) and slot \(slot)")
            }
            slots[path] = slot
        }
        return CaseMap(name: name, slots: slots, file: file)
    }

    /// Reads and parses the case map at `url`.
    public static func load(_ url: URL) throws -> CaseMap {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CaseMapError(file: url.path, problem: "the file does not exist or cannot be read")
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

    /// Creates a set of maps; a port path claimed twice is an error naming both files.
    public init(_ maps: [CaseMap]) throws {
        var owner: [String: CaseMap] = [:]
        for map in maps {
            for path in map.slots.keys {
                if let other = owner[path], other.file != map.file || other.name != map.name {
                    throw CaseMapError(file: map.file, problem: "port \(path) is also slot \(other.slots[path] ?? 0) of case \(other.name) in \(other.file)")
                }
                owner[path] = map
            }
        }
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
                            currentFolder: String = FileManager.default.currentDirectoryPath) throws -> CaseMaps {
        if !files.isEmpty { return try CaseMaps(files.map { try CaseMap.load(URL(fileURLWithPath: $0)) }) }
        return try CaseMaps(Self.files(in: [currentFolder + "/Profiles/cases", ValiseHome.path(environment: environment) + "/cases"]).map(CaseMap.load))
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

/// A case map file that cannot be used.
public struct CaseMapError: ValiseError, Equatable, CustomStringConvertible {
    /// The file.
    public var file: String
    /// What is wrong, in plain words.
    public var problem: String
    /// The line it is on, when known.
    public var line: Int?

    /// Creates an error.
    public init(file: String, problem: String, line: Int? = nil) {
        self.file = file
        self.problem = problem
        self.line = line
    }

    public var summary: String { "The case map \(file) cannot be used." }
    public var reason: String { "In \(file)\(line.map { ", line \($0)" } ?? ""): \(problem)." }
    public var action: String { "Fix the file (see Profiles/cases/valise-1.yaml for an example), or give another with --case FILE." }
    public var helpTopic: String? { "case-maps" }
    public var exitCode: Int32 { 65 }
    public var description: String { reason }
}
