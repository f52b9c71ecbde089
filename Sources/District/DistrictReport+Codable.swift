import Foundation
import Inventory

/// A group's JSON keys are the station report's (`class`, `case`); groups written before (`className`,
/// `caseName`) are still read.
extension DistrictReport.Group {
    enum CodingKeys: String, CodingKey {
        case school, className = "class", caseName = "case", tablets, provisioned, inService, failed, failureReasons, upToDate,
             needsFlashing, unknownModel, firmwareNotChecked, lastRentree
    }

    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        school = try values.decode(String.self, forKey: .school)
        (className, caseName) = try ReportKeys.classAndCase(decoder)
        tablets = try values.decode(Int.self, forKey: .tablets)
        provisioned = try values.decode(Int.self, forKey: .provisioned)
        inService = try values.decode(Int.self, forKey: .inService)
        failed = try values.decode(Int.self, forKey: .failed)
        failureReasons = try values.decode([DistrictReport.Reason].self, forKey: .failureReasons)
        upToDate = try values.decode(Int.self, forKey: .upToDate)
        needsFlashing = try values.decode(Int.self, forKey: .needsFlashing)
        unknownModel = try values.decode(Int.self, forKey: .unknownModel)
        firmwareNotChecked = try values.decode(Int.self, forKey: .firmwareNotChecked)
        lastRentree = try values.decodeIfPresent(Date.self, forKey: .lastRentree)
    }
}
