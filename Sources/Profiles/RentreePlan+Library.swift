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
}
