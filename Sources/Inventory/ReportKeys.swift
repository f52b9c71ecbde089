/// JSON keys every report shares.
public enum ReportKeys {
    private enum Keys: String, CodingKey {
        case className = "class", caseName = "case", earlierClassName = "className", earlierCaseName = "caseName"
    }

    /// A row's or a group's class and case, under `class` and `case`, or under the keys of reports written
    /// before (`className`, `caseName`).
    public static func classAndCase(_ decoder: any Decoder) throws -> (className: String, caseName: String) {
        let values = try decoder.container(keyedBy: Keys.self)
        return (try values.decodeIfPresent(String.self, forKey: .className) ?? values.decode(String.self, forKey: .earlierClassName),
                try values.decodeIfPresent(String.self, forKey: .caseName) ?? values.decode(String.self, forKey: .earlierCaseName))
    }
}
