import Diagnostics
import Foundation
import Yams

/// A rentrée batch: which class profile each case (or cart) gets, for one school or a district.
///
/// ```yaml
/// name: Rentrée 2027, collège Soualiga
/// profiles: ../Profiles          # the profile library (folder), relative to this file
/// school: soualiga               # optional: when several schools have the same class
/// cases:
///   valise-1: 5A                 # USB: the case map named valise-1 gives the slots
///   valise-2: {class: 5B, school: mont-des-accords}
///   labo: {class: 4C, tcp: "127.0.0.1:5600-5615"}   # tablets reached over the network
/// ```
public struct RentreePlan: Sendable, Equatable {
    /// One case and what it becomes.
    public struct Case: Sendable, Equatable {
        public var name: String
        public var className: String
        public var school: String?
        /// `--tcp` style addresses for tablets of this case reached over the network.
        public var tcp: [String]
        /// Where the class is written in the plan.
        public var location: FileLocation
    }

    /// The plan's title, for the report.
    public var name: String
    /// The profile library folder (absolute).
    public var profiles: URL
    /// The cases, in the file's order.
    public var cases: [Case]
    /// The file it was read from.
    public var file: String

    /// Reads a plan; every problem is reported at once, located.
    public static func load(_ url: URL) -> Result<RentreePlan, FileProblems> {
        let file = url.path
        guard let data = FileContents.read(atPath: file), let text = String(data: data, encoding: .utf8) else {
            return .failure(FileProblems(.rentreePlan, [FileDiagnostic(at: .start(of: file), message: Say.planUnreadable,
                                                                       fix: Say.planUnreadableFix)]))
        }
        return parse(text, file: file, folder: url.deletingLastPathComponent())
    }

    /// Parses a plan's text; `folder` resolves the relative `profiles:` path.
    public static func parse(_ text: String, file: String, folder: URL) -> Result<RentreePlan, FileProblems> {
        var problems: [FileDiagnostic] = []
        func location(_ node: Node?) -> FileLocation { FileLocation(file: file, node: node) }
        func report(_ node: Node?, _ message: String, fix: String) {
            problems.append(FileDiagnostic(at: location(node), message: message, fix: fix))
        }
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch {
            return .failure(FileProblems(.rentreePlan, [.yaml(error, file: file)]))
        }
        guard let map = root?.mapping else {
            report(root, Say.planNotMap, fix: Say.planNotMapFix)
            return .failure(FileProblems(.rentreePlan, problems))
        }
        let keys = ["name", "profiles", "school", "cases"]
        for (key, _) in map where !keys.contains(key.string ?? "") {
            problems.append(.unknownKey(key.string ?? "?", at: location(key), among: keys))
        }
        let name = map["name"]?.string ?? "Rentrée"
        var profiles = folder
        if let given = map["profiles"]?.string {
            profiles = given.hasPrefix("/") ? URL(fileURLWithPath: given) : folder.appendingPathComponent(given)
            var isFolder: ObjCBool = false
            if !FileManager.default.fileExists(atPath: profiles.path, isDirectory: &isFolder) || !isFolder.boolValue {
                report(map["profiles"], Say.libraryNotFolder(profiles.standardizedFileURL.path),
                       fix: Say.libraryNotFolderFix)
            }
        } else {
            report(root, Say.planNoProfiles, fix: Say.planNoProfilesFix)
        }
        let defaultSchool = map["school"]?.string
        var cases: [Case] = []
        if let entries = map["cases"]?.mapping, !entries.isEmpty {
            for (key, value) in entries {
                guard let caseName = key.string, !caseName.isEmpty else {
                    report(key, Say.caseNameMustBeText, fix: Say.caseNameMustBeTextFix)
                    continue
                }
                if cases.contains(where: { $0.name == caseName }) {
                    report(key, Say.caseListedTwice(caseName), fix: Say.oneLinePerCase)
                    continue
                }
                if let className = value.string, value.scalar != nil {
                    cases.append(Case(name: caseName, className: className, school: defaultSchool, tcp: [], location: location(value)))
                } else if let fields = value.mapping {
                    let caseKeys = ["class", "school", "tcp"]
                    for (field, _) in fields where !caseKeys.contains(field.string ?? "") {
                        problems.append(.unknownKey(field.string ?? "?", at: location(field), among: caseKeys, in: Say.caseNamed(caseName)))
                    }
                    guard let className = fields["class"]?.string else {
                        report(value, Say.caseHasNoClass(caseName), fix: Say.caseHasNoClassFix)
                        continue
                    }
                    let tcp = fields["tcp"].map { node in node.sequence.map { $0.compactMap(\.string) } ?? node.string.map { [$0] } ?? [] } ?? []
                    cases.append(Case(name: caseName, className: className, school: fields["school"]?.string ?? defaultSchool, tcp: tcp,
                                      location: location(fields["class"])))
                } else {
                    report(value, Say.caseMustNameClass(caseName), fix: Say.caseMustNameClassFix(caseName))
                }
            }
        } else {
            report(map["cases"] ?? root, Say.planNoCases, fix: Say.planNoCasesFix)
        }
        guard problems.isEmpty else { return .failure(FileProblems(.rentreePlan, problems)) }
        return .success(RentreePlan(name: name, profiles: profiles.standardizedFileURL, cases: cases, file: file))
    }
}
