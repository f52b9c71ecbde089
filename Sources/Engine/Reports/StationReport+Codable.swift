import Foundation
import Inventory

/// A row's JSON keys are the CSV's (`class`, `case`, `state`…) and the run's (`case`). Rows written before
/// (`className`, `caseName`) are still read.
extension StationReport.Row: Codable {
    enum CodingKeys: String, CodingKey {
        case school, className = "class", caseName = "case", slot, name, serial, model, state, status, firmware, compliance, reason, updatedAt
    }

    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        school = try values.decode(String.self, forKey: .school)
        (className, caseName) = try ReportKeys.classAndCase(decoder)
        slot = try values.decodeIfPresent(Int.self, forKey: .slot)
        name = try values.decode(String.self, forKey: .name)
        serial = try values.decode(String.self, forKey: .serial)
        model = try values.decode(String.self, forKey: .model)
        status = try values.decode(String.self, forKey: .status)
        firmware = try values.decode(String.self, forKey: .firmware)
        compliance = try values.decode(String.self, forKey: .compliance)
        reason = try values.decode(String.self, forKey: .reason)
        updatedAt = try values.decode(Date.self, forKey: .updatedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(school, forKey: .school)
        try values.encode(className, forKey: .className)
        try values.encode(caseName, forKey: .caseName)
        try values.encode(slot, forKey: .slot)
        try values.encode(name, forKey: .name)
        try values.encode(serial, forKey: .serial)
        try values.encode(model, forKey: .model)
        try values.encode(state.rawValue, forKey: .state)
        try values.encode(status, forKey: .status)
        try values.encode(firmware, forKey: .firmware)
        try values.encode(compliance, forKey: .compliance)
        try values.encode(reason, forKey: .reason)
        try values.encode(updatedAt, forKey: .updatedAt)
    }
}
