import Diagnostics
import Foundation
import Inventory

/// What the inventory says, per school, class and case: for the bilan (CSV), tools (JSON) and people (HTML).
public struct StationReport: Sendable {
    /// One tablet's line.
    public struct Row: Sendable, Equatable {
        public var school: String
        public var className: String
        public var caseName: String
        public var slot: Int?
        public var name: String
        public var serial: String
        public var model: String
        public var status: String
        public var firmware: String
        /// up to date, needs flashing, unknown model (against the class's firmware level), or empty.
        public var compliance: String
        public var reason: String
        public var updatedAt: Date
        /// Its state in the words of the run's summary.
        public var state: TabletState { TabletState(status: status) }
    }

    /// One class or case with its tablets.
    public struct Group: Sendable, Equatable {
        public var school: String
        public var unit: String
        public var rows: [Row]
        public var provisioned: Int { count(.provisioned) }
        public var needingAHand: Int { count(.needsAHand) }
        public var needingFirmware: Int { rows.filter { $0.compliance == "needs flashing" }.count }
        /// How many of its tablets are in `state`.
        public func count(_ state: TabletState) -> Int { rows.filter { $0.state == state }.count }

        /// "3 provisioned, 2 need a hand" (then stopped, in progress and below the firmware level, when any), as the
        /// run's summary counts them.
        public var counts: String {
            let states = TabletState.allCases.filter { $0 == .provisioned || $0 == .needsAHand || count($0) > 0 }.map { $0.count(count($0)) }
            return (states + (needingFirmware > 0 ? [Say.belowFirmwareLevel(needingFirmware)] : [])).joined(separator: ", ")
        }
    }

    /// Every tablet, by school, class, case and slot.
    public let rows: [Row]

    /// Reads the inventory.
    public init(inventory: any InventoryStore) throws {
        let tablets = try inventory.tablets()
        // A tablet known only by its address is left out once a tablet was recorded at that address after it.
        let current = tablets.filter { record in
            !UnreachedTablet.isPlaceholder(record) || !tablets.contains {
                $0.serial != record.serial && $0.address == record.address && $0.updatedAt >= record.updatedAt
            }
        }
        rows = current.map { tablet in
            Row(school: tablet.school ?? "-", className: tablet.className ?? "", caseName: tablet.caseName ?? "", slot: tablet.slot,
                name: tablet.name ?? "", serial: tablet.serial, model: tablet.model ?? "", status: tablet.status,
                firmware: tablet.firmware ?? "", compliance: tablet.firmwareStatus ?? "", reason: tablet.reason ?? "",
                updatedAt: tablet.updatedAt)
        }
    }

    /// The rows grouped by school and class (or case), in order.
    public var groups: [Group] {
        var groups: [Group] = []
        for row in rows {
            let unit = row.caseName.isEmpty ? row.className : (row.className.isEmpty ? row.caseName : "\(row.className) — \(row.caseName)")
            if let last = groups.indices.last, groups[last].school == row.school, groups[last].unit == unit {
                groups[last].rows.append(row)
            } else {
                groups.append(Group(school: row.school, unit: unit.isEmpty ? "-" : unit, rows: [row]))
            }
        }
        return groups
    }

    /// The text table's column titles (`valise report`), in the reader's language.
    public static var tableHeader: [String] { Say.reportTableHeader }

    /// CSV (RFC 4180, UTF-8, comma, header line) for the bilan.
    public var csv: String {
        let header = ["school", "class", "case", "slot", "name", "serial", "model", "state", "status", "firmware", "firmware_status", "reason",
                      "updated_at"]
        let formatter = ISO8601DateFormatter()
        return ReportFormats.csv(header: header, rows: rows.map { r in
            [r.school, r.className, r.caseName, r.slot.map(String.init) ?? "", r.name, r.serial, r.model, r.state.rawValue, r.status, r.firmware,
             r.compliance, r.reason, formatter.string(from: r.updatedAt)]
        })
    }

    /// JSON: the rows (keys as in the CSV's header: `class`, `case`, `state`…), dates in ISO 8601.
    public func json() throws -> String { try ReportFormats.json(rows) }
}
