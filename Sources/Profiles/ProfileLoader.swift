import Diagnostics
import Foundation

/// Loads profile files: follows `inherits:`, merges the layers, resolves secret references and checks every
/// value, reporting every problem at once as `FILE:LINE:COL: what is wrong — how to fix it`.
///
/// Reads only profile files, the files they name (certificates, APKs for their checksum) and secrets.
public struct ProfileLoader: Sendable {
    /// The environment used for `{env: VAR}` references, `VALISE_HOME` and `HOME`.
    public let environment: [String: String]

    /// Creates a loader reading secrets from `environment` (the process's by default).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// Loads the profile at `url` with all the layers it inherits; every problem is in the failure.
    public func load(_ url: URL) -> Result<ResolvedProfile, FileProblems> {
        let sink = DiagnosticSink()
        var resolver = InheritanceResolver(sink: sink, root: url)
        let outcome = resolver.resolve(url)
        guard let merged = outcome.merged else { return .failure(FileProblems(.profile, sink.items)) }
        let secrets = SecretResolver(environment: environment, sink: sink, needed: SecretReference.secretNames(in: merged))
        let profile = ProfileDecoder(sink: sink, secrets: secrets).decode(merged, files: outcome.files)
        return sink.items.isEmpty ? .success(profile) : .failure(FileProblems(.profile, sink.items))
    }

    /// Checks profile files and folders (every `.yaml` under a folder, plus duplicate classes and tablet
    /// names across it); returns every problem, sorted, or nothing when all is well.
    public func check(_ urls: [URL]) -> [FileDiagnostic] {
        var diagnostics: [FileDiagnostic] = []
        for url in urls {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
                diagnostics += ProfileLibrary(root: url).check(loader: self)
            } else if case .failure(let errors) = load(url) {
                diagnostics += errors.diagnostics
            }
        }
        return FileDiagnostic.sorted(diagnostics)
    }

    /// The values not confirmed yet in profile files and folders (each line once, whichever file inherits it),
    /// found from the merged layers alone: a profile whose secrets are missing still shows them.
    public func unconfirmed(_ urls: [URL]) -> [UnconfirmedValue] {
        var files: [URL] = []
        for url in urls {
            var isDirectory: ObjCBool = false
            let folder = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
            files += folder ? ProfileLibrary(root: url).profileFiles() : [url]
        }
        var seen = Set<FileLocation>()
        var values: [UnconfirmedValue] = []
        for file in files {
            var resolver = InheritanceResolver(sink: DiagnosticSink(), root: file)
            guard let merged = resolver.resolve(file).merged else { continue }
            for value in UnconfirmedValue.find(in: merged.origins()) where seen.insert(value.location).inserted { values.append(value) }
        }
        return values.sorted { ($0.location.file, $0.location.line) < ($1.location.file, $1.location.line) }
    }

    /// Who a profile file is for (kind, class, case, school), from its merged layers, without checking values.
    func identity(of url: URL) -> ProfileIdentity? {
        let sink = DiagnosticSink()
        var resolver = InheritanceResolver(sink: sink, root: url)
        guard let merged = resolver.resolve(url).merged else { return nil }
        return ProfileIdentity(
            url: url.standardizedFileURL,
            kind: merged["kind"]?.scalarText.flatMap(ProfileKind.init(rawValue:)),
            className: merged["class"]?.scalarText,
            caseName: merged["case"]?.scalarText,
            schoolName: merged["school"]?["name"]?.scalarText,
            schoolCode: merged["school"]?["code"]?.scalarText,
            unitLocation: merged.entry("class")?.keyLocation ?? merged.entry("case")?.keyLocation
                ?? .start(of: url.standardizedFileURL.path))
    }
}

/// Who a profile file provisions: enough to find a class's profile in a library.
public struct ProfileIdentity: Sendable, Equatable {
    /// The profile file.
    public var url: URL
    /// Its kind, when written.
    public var kind: ProfileKind?
    /// The class, when set.
    public var className: String?
    /// The école case, when set.
    public var caseName: String?
    /// The school's name, when set.
    public var schoolName: String?
    /// The school's short code, when set.
    public var schoolCode: String?
    /// Where the class (or case) is named.
    var unitLocation: FileLocation

    /// "5A — Collège Quartier d'Orléans".
    public var label: String {
        "\(className ?? caseName ?? url.deletingPathExtension().lastPathComponent) — \(schoolName ?? Say.noSchool)"
    }
}
