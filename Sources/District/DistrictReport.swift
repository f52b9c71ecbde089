import Diagnostics
import Foundation
import Inventory

/// What the district database says, per school, class and case, with the district's indicators per school,
/// the stations and their last upload: for the bilan (CSV), tools (JSON), people (HTML) and the terminal.
///
/// Read in one read-only snapshot, so stations uploading meanwhile never make the figures disagree.
public struct DistrictReport: Sendable, Codable, Equatable {
    /// One school, class and case (a NULL or empty column shows as "-").
    public struct Group: Sendable, Codable, Equatable {
        public var school: String
        public var className: String
        public var caseName: String
        public var tablets: Int
        /// status = 'provisioned'.
        public var provisioned: Int
        /// Provisioned and not below the firmware level.
        public var inService: Int
        /// status 'failed' or 'interrupted'.
        public var failed: Int
        /// The failed tablets' distinct reasons, the most frequent first.
        public var failureReasons: [Reason]
        /// tablet.firmware_status: "up to date", "needs flashing", "unknown model"; the rest ("no level set", none recorded) not checked.
        public var upToDate: Int
        public var needsFlashing: Int
        public var unknownModel: Int
        public var firmwareNotChecked: Int
        /// The latest start of a `rentree` run that journaled a step for a tablet of this group.
        public var lastRentree: Date?
    }

    /// One reason and how many failed tablets give it.
    public struct Reason: Sendable, Codable, Equatable {
        public var reason: String
        public var count: Int
        public init(reason: String, count: Int) {
            self.reason = reason
            self.count = count
        }
        /// "Battery at 8%… (2)".
        public var text: String { "\(reason) (\(count))" }
    }

    /// A school's (or the district's) indicators.
    public struct Indicators: Sendable, Codable, Equatable {
        public var tablets = 0
        public var provisioned = 0
        /// Provisioned tablets in percent of all, one decimal (0 when there are none).
        public var shareProvisioned = 0.0
        /// Provisioned and not needing flashing.
        public var inService = 0
        public var failed = 0

        mutating func add(_ group: Group) {
            tablets += group.tablets
            provisioned += group.provisioned
            inService += group.inService
            failed += group.failed
            shareProvisioned = tablets == 0 ? 0 : (Double(provisioned) * 1000 / Double(tablets)).rounded() / 10
        }
    }

    /// One school and its indicators.
    public struct School: Sendable, Codable, Equatable {
        public var name: String
        public var indicators: Indicators
    }

    /// A station that uploaded to the district database.
    public struct Station: Sendable, Codable, Equatable {
        public var name: String
        public var instance: String
        public var firstUpload: Date
        public var lastUpload: Date
        /// Tablets whose current record this station sent last.
        public var tablets: Int
    }

    /// When the report was made.
    public let generatedAt: Date
    /// By school, class and case.
    public let groups: [Group]
    /// By school, in the groups' order.
    public let schools: [School]
    /// Over the district.
    public let totals: Indicators
    /// By name.
    public let stations: [Station]
    /// Rows of `tablet_move`: a tablet that changed school or case.
    public let moves: Int

    /// Reads the district database (migrating it first, so that an empty database gives an empty report).
    public init(connection: PostgresConnection, now: Date = Date()) throws {
        try DistrictSchema.migrate(connection)
        generatedAt = now
        let label = { (column: String) in "coalesce(nullif(\(column), ''), '-')" }
        let key = "\(label("t.school")), \(label("t.class_name")), \(label("t.case_name"))"
        let failed = "t.status IN ('failed', 'interrupted')"
        let read = try connection.transaction {
            try connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            let groups = try connection.execute("""
                SELECT \(key), count(*), count(*) FILTER (WHERE t.status = 'provisioned'),
                       count(*) FILTER (WHERE t.status = 'provisioned' AND t.firmware_status IS DISTINCT FROM 'needs flashing'),
                       count(*) FILTER (WHERE \(failed)), count(*) FILTER (WHERE t.firmware_status = 'up to date'),
                       count(*) FILTER (WHERE t.firmware_status = 'needs flashing'), count(*) FILTER (WHERE t.firmware_status = 'unknown model'),
                       count(*) FILTER (WHERE coalesce(t.firmware_status, '') NOT IN ('up to date', 'needs flashing', 'unknown model'))
                FROM tablet t GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
                """)
            let reasons = try connection.execute("""
                SELECT \(key), coalesce(nullif(t.reason, ''), 'no reason recorded'), count(*) FROM tablet t WHERE \(failed)
                GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 4
                """)
            let rentrees = try connection.execute("""
                SELECT \(key), EXTRACT(EPOCH FROM max(r.started_at))::float8
                FROM run r JOIN journal j ON j.instance = r.instance AND j.run_id = r.local_id JOIN tablet t ON t.serial = j.serial
                WHERE r.command LIKE 'rentree%' GROUP BY 1, 2, 3
                """)
            let stations = try connection.execute("""
                SELECT s.name, s.instance, EXTRACT(EPOCH FROM s.first_upload)::float8, EXTRACT(EPOCH FROM s.last_upload)::float8,
                       (SELECT count(*) FROM tablet t WHERE t.instance = s.instance)
                FROM station s ORDER BY s.name, s.instance
                """)
            let moves = try connection.execute("SELECT count(*) FROM tablet_move")
            return (groups, reasons, rentrees, stations, moves)
        }
        var reasonsByGroup: [[String]: [Reason]] = [:]
        for row in read.1 {
            // The query names a missing reason in English (`no reason recorded`); it is shown in the reader's language.
            let reason = Self.text(row, 3) == "no reason recorded" ? Say.districtNoReason : Self.text(row, 3)
            reasonsByGroup[Self.text(row, 0..<3), default: []].append(Reason(reason: reason, count: Self.int(row, 4)))
        }
        var rentreeByGroup: [[String]: Date] = [:]
        for row in read.2 { rentreeByGroup[Self.text(row, 0..<3)] = Self.date(row, 3) }
        groups = read.0.map { row in
            let key = Self.text(row, 0..<3)
            return Group(school: key[0], className: key[1], caseName: key[2], tablets: Self.int(row, 3), provisioned: Self.int(row, 4),
                         inService: Self.int(row, 5), failed: Self.int(row, 6), failureReasons: reasonsByGroup[key] ?? [],
                         upToDate: Self.int(row, 7), needsFlashing: Self.int(row, 8), unknownModel: Self.int(row, 9),
                         firmwareNotChecked: Self.int(row, 10), lastRentree: rentreeByGroup[key])
        }
        var schools: [School] = [], totals = Indicators()
        for group in groups {
            if schools.last?.name != group.school { schools.append(School(name: group.school, indicators: Indicators())) }
            schools[schools.count - 1].indicators.add(group)
            totals.add(group)
        }
        self.schools = schools
        self.totals = totals
        stations = read.3.map { row in
            Station(name: Self.text(row, 0), instance: Self.text(row, 1), firstUpload: Self.date(row, 2) ?? now,
                    lastUpload: Self.date(row, 3) ?? now, tablets: Self.int(row, 4))
        }
        moves = read.4.first.map { Self.int($0, 0) } ?? 0
    }

    static func text(_ row: [String?], _ column: Int) -> String { column < row.count ? row[column] ?? "" : "" }
    static func text(_ row: [String?], _ columns: Range<Int>) -> [String] { columns.map { text(row, $0) } }
    static func int(_ row: [String?], _ column: Int) -> Int { Int(text(row, column)) ?? 0 }
    static func date(_ row: [String?], _ column: Int) -> Date? { Double(text(row, column)).map(Date.init(timeIntervalSince1970:)) }

    /// CSV (RFC 4180, UTF-8, comma, CRLF, a header line), one line per school, class and case:
    ///
    /// `school,class,case,tablets,provisioned,in_service,failed,failure_reasons,up_to_date,needs_flashing,unknown_model,firmware_not_checked,last_rentree`
    ///
    /// `needs_a_hand_reasons` lists "reason (count)" joined by "; "; `last_rentree` is ISO 8601 (UTC), empty when none.
    /// A school's indicators are the sums of its lines (`json()` and `table` give them with the share provisioned).
    public var csv: String {
        let header = ["school", "class", "case", "tablets", "provisioned", "in_service", "needs_a_hand", "needs_a_hand_reasons", "up_to_date",
                      "needs_flashing", "unknown_model", "firmware_not_checked", "last_rentree"]
        let formatter = ISO8601DateFormatter()
        return ReportFormats.csv(header: header, rows: groups.map { g in
            [g.school, g.className, g.caseName, "\(g.tablets)", "\(g.provisioned)", "\(g.inService)", "\(g.failed)",
             g.failureReasons.map(\.text).joined(separator: "; "), "\(g.upToDate)", "\(g.needsFlashing)", "\(g.unknownModel)",
             "\(g.firmwareNotChecked)", g.lastRentree.map(formatter.string(from:)) ?? ""]
        })
    }

    /// JSON (pretty, sorted keys, ISO 8601 dates): generatedAt, groups, schools, totals, stations, moves.
    public func json() throws -> String { try ReportFormats.json(self) }
}
