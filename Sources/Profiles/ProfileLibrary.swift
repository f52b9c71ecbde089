import Diagnostics
import Foundation

/// A folder of profiles (the district's `Profiles/`): finds a class's profile by class or case name and
/// reports classes defined twice or whose tablets would get the same names.
public struct ProfileLibrary: Sendable {
    /// The folder searched.
    public let root: URL

    /// A library over `root`.
    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// Every profile file under the root (`.yaml`/`.yml`, not `secrets.yaml`, not case maps in `cases/`, not in
    /// hidden folders), sorted.
    public func profileFiles() -> [URL] {
        // Enumerate the real folder (the root may be a symbolic link) but name files under the root as given.
        let real = root.resolvingSymlinksInPath()
        guard let enumerator = FileManager.default.enumerator(
            at: real, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var files: [URL] = []
        for case let url as URL in enumerator {
            let name = url.lastPathComponent
            guard ["yaml", "yml"].contains(url.pathExtension), name != "secrets.yaml",
                  url.deletingLastPathComponent().lastPathComponent != "cases" else { continue }
            let inner = url.standardizedFileURL.path.dropFirst(real.standardizedFileURL.path.count)
            files.append(URL(fileURLWithPath: root.path + inner).standardizedFileURL)
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The class (and école case) profiles of the library.
    public func classes(loader: ProfileLoader = ProfileLoader()) -> [ProfileIdentity] {
        profileFiles().compactMap { loader.identity(of: $0) }.filter { $0.kind == .class }
    }

    /// The profile of class (or case) `name`, optionally at `school` (its name, code or folder name).
    public func profile(
        forClass name: String, school: String? = nil, loader: ProfileLoader = ProfileLoader()
    ) -> Result<ResolvedProfile, ProfileLookupError> {
        // Every profile file is loaded to learn its class: do it once, for the matches and for the error.
        let known = classes(loader: loader)
        switch lookup(name, school: school, in: known) {
        case .success(let identity): return loader.load(identity.url).mapError { .invalid($0) }
        case .failure(let error): return .failure(error)
        }
    }

    /// Which of the `known` class profiles is class (or case) `name`, optionally at `school`.
    func lookup(_ name: String, school: String?, in known: [ProfileIdentity]) -> Result<ProfileIdentity, ProfileLookupError> {
        let wanted = Self.normalized(name)
        var matches = known.filter { identity in
            [identity.className, identity.caseName, identity.url.deletingPathExtension().lastPathComponent]
                .compactMap { $0 }.map(Self.normalized).contains(wanted)
        }
        if let school {
            let wantedSchool = Self.normalized(school)
            matches = matches.filter { identity in
                let names = [identity.schoolName, identity.schoolCode].compactMap { $0 }
                    + identity.url.pathComponents.dropLast()
                return names.map(Self.normalized).contains(wantedSchool)
                    || identity.schoolName.map(Self.normalized)?.contains(wantedSchool) == true
            }
        }
        switch matches.count {
        case 0:
            return .failure(.notFound(name: name, school: school, known: known.map(\.label)))
        case 1:
            return .success(matches[0])
        default:
            return .failure(.ambiguous(name: name, candidates: matches))
        }
    }

    /// Checks every profile file, then classes defined twice and tablet names shared by two profiles.
    public func check(loader: ProfileLoader = ProfileLoader()) -> [FileDiagnostic] {
        var diagnostics: [FileDiagnostic] = []
        var profiles: [(ProfileIdentity, ResolvedProfile)] = []
        for file in profileFiles() {
            switch loader.load(file) {
            case .success(let profile):
                if profile.kind == .class, let identity = loader.identity(of: file) { profiles.append((identity, profile)) }
            case .failure(let errors):
                diagnostics += errors.diagnostics
            }
        }
        var units: [String: ProfileIdentity] = [:]
        var names: [String: ProfileIdentity] = [:]
        for (identity, profile) in profiles {
            let unit = Self.normalized(profile.school.name ?? "") + "/" + Self.normalized(profile.unitName ?? "")
            if let first = units[unit] {
                diagnostics.append(FileDiagnostic(
                    at: identity.unitLocation,
                    message: Say.alreadyDefined(identity.label, in: relative(first.url)),
                    fix: Say.alreadyDefinedFix))
                continue
            }
            units[unit] = identity
            // A name with the serial or the case's name is its tablet's own: it cannot be another class's.
            guard !profile.naming.uses(.serial), !profile.naming.uses(.case) else { continue }
            let sample = profile.tabletName(slot: 1, serial: "")
            if let first = names[sample] {
                diagnostics.append(FileDiagnostic(
                    at: profile.origins["naming.template"] ?? identity.unitLocation,
                    message: Say.sameTabletNames(identity.label, sample, like: relative(first.url)),
                    fix: Say.sameTabletNamesFix))
            }
            names[sample] = identity
        }
        return FileDiagnostic.sorted(diagnostics)
    }

    private func relative(_ url: URL) -> String {
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return url.path.hasPrefix(prefix) ? String(url.path.dropFirst(prefix.count)) : url.path
    }

    /// Lower case, no accents, letters and digits only: "Valise 1" and "valise-1" match.
    static func normalized(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "fr_FR"))
            .filter { $0.isLetter || $0.isNumber }
    }
}

/// Why a class's profile could not be found or loaded.
public enum ProfileLookupError: Error, Sendable, CustomStringConvertible {
    /// No class or case of that name (at that school).
    case notFound(name: String, school: String?, known: [String])
    /// Several schools have a class of that name.
    case ambiguous(name: String, candidates: [ProfileIdentity])
    /// The profile was found but has problems.
    case invalid(FileProblems)

    /// What went wrong and the fix, in plain words.
    public var description: String {
        switch self {
        case .notFound(let name, let school, let known):
            return Say.noProfileForClass(name, school: school, known: known)
        case .ambiguous(let name, let candidates):
            return Say.severalSchoolsHaveClass(name, candidates.map(\.label)) + Say.nameTheSchoolToo
        case .invalid(let errors):
            return errors.description
        }
    }
}
