import Foundation

/// A group's JSON keys are the station report's (`class`, `case`); groups written before (`className`,
/// `caseName`) are still read.
extension DistrictReport.Group {
    enum CodingKeys: String, CodingKey {
        case school, className = "class", caseName = "case", tablets, provisioned, inService, failed, failureReasons, upToDate,
             needsFlashing, unknownModel, firmwareNotChecked, lastRentree
    }

    /// The keys of earlier versions.
    enum EarlierKeys: String, CodingKey { case className, caseName }

    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        let earlier = try decoder.container(keyedBy: EarlierKeys.self)
        school = try values.decode(String.self, forKey: .school)
        className = try values.decodeIfPresent(String.self, forKey: .className) ?? earlier.decode(String.self, forKey: .className)
        caseName = try values.decodeIfPresent(String.self, forKey: .caseName) ?? earlier.decode(String.self, forKey: .caseName)
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
