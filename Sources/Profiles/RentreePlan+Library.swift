import Diagnostics
import Foundation

extension RentreePlan {
    /// Each case whose class (at its school) the library lacks, or has at several schools, located at the class in
    /// the plan with the closest names: every problem at once, before any tablet is touched.
    public func checkClasses(in library: ProfileLibrary, loader: ProfileLoader = ProfileLoader()) -> [FileDiagnostic] {
        let known = library.classes(loader: loader)
        let classNames = Array(Set(known.compactMap { $0.className ?? $0.caseName })).sorted()
        return cases.compactMap { entry -> FileDiagnostic? in
            switch library.lookup(entry.className, school: entry.school, in: known) {
            case .success: return nil
            case .failure(.ambiguous(_, let candidates)):
                return FileDiagnostic(at: entry.location, message: Say.severalSchoolsHaveClass(entry.className, candidates.map(\.label)),
                    fix: Say.nameTheSchool("\(entry.name): {class: \(entry.className), school: \(candidates[0].schoolCode ?? candidates[0].schoolName ?? "…")}"))
            case .failure:
                let sameClass = known.filter { identity in
                    [identity.className, identity.caseName].compactMap { $0 }.map(ProfileLibrary.normalized)
                        .contains(ProfileLibrary.normalized(entry.className))
                }
                if let school = entry.school, !sameClass.isEmpty {
                    let schools = sameClass.compactMap { $0.schoolCode ?? $0.schoolName }
                    return FileDiagnostic(at: entry.location, message: Say.noSchoolHasClass(school, entry.className),
                                             fix: KeySuggestion.nearest(to: school, among: schools).map(Say.didYouMeanSchool)
                                                ?? Say.schoolsWithClass(schools))
                }
                return FileDiagnostic(at: entry.location, message: Say.libraryHasNoClass(library.root.path, entry.className),
                                         fix: KeySuggestion.nearest(to: entry.className, among: classNames).map(Say.didYouMean)
                                            ?? Say.knownClasses(classNames))
            }
        }
    }

    /// The cases that would give their tablets the names another case's tablets have: cases of one class (each case
    /// numbers its slots from 1) whose naming template uses neither `{case}` nor `{serial}`. Each case after the first
    /// is located at its class in the plan, with the fix. `profiles` holds each case's profile, in the plan's order.
    public func casesNamedAlike(_ profiles: [ResolvedProfile]) -> [FileDiagnostic] {
        var units: [String: [(entry: Case, profile: ResolvedProfile)]] = [:]
        var order: [String] = []
        for (entry, profile) in zip(cases, profiles) where !profile.naming.uses(.serial) && !profile.naming.uses(.case) {
            let unit = ProfileLibrary.normalized(profile.school.name ?? "") + "/" + ProfileLibrary.normalized(profile.unitName ?? "")
            if units[unit] == nil { order.append(unit) }
            units[unit, default: []].append((entry, profile))
        }
        return order.flatMap { unit -> [FileDiagnostic] in
            let group = units[unit] ?? []
            guard group.count > 1 else { return [] }
            let first = group[0]
            return group.dropFirst().map { later in
                let template = later.profile.naming.template
                let suggestion = template.contains("{slot") ? template.replacingOccurrences(of: "{slot", with: "{case}-{slot") : "{case}-" + template
                return FileDiagnostic(at: later.entry.location,
                                      message: Say.casesNamedAlike(later.entry.name, first.entry.name, className: later.entry.className,
                                                                   sample: later.profile.tabletName(slot: 1, serial: ""), template: template),
                                      fix: Say.casesNamedAlikeFix(suggestion))
            }
        }
    }
}
