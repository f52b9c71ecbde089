import Foundation
import Signing

/// Everything that makes one simulated tablet what it is. Codable (JSON) so `valise sim` can load/save it.
public struct TabletIdentity: Codable, Sendable, Equatable {
    /// ADB serial number, e.g. "VAL0A1B2C3D" (also `ro.serialno`).
    public var serial: String
    /// `ro.product.model`, e.g. "SM-T220".
    public var model: String
    /// `ro.product.manufacturer`.
    public var manufacturer: String
    /// `ro.product.name`.
    public var productName: String
    /// `ro.product.device`.
    public var device: String
    /// `ro.build.version.release`: "11", "12", "13", "14".
    public var androidRelease: String
    /// `ro.build.version.sdk`: 30, 31, 33, 34.
    public var sdk: Int
    /// `ro.build.fingerprint`.
    public var buildFingerprint: String
    /// `ro.build.id`.
    public var buildID: String
    /// `ro.build.version.security_patch`, e.g. "2024-03-01".
    public var securityPatch: String
    /// `persist.sys.timezone`; "Europe/Paris" before provisioning.
    public var timeZone: String
    /// Battery level 0–100.
    public var batteryLevel: Int
    /// Whether the tablet is plugged in and charging.
    public var charging: Bool
    /// Accounts on the device, as "name (type)", e.g. "eleve@gmail.com (com.google)"; any makes `dpm` refuse.
    public var accounts: [String]
    /// Whether secondary users are present (makes `dpm set-device-owner` refuse).
    public var otherUsers: Bool
    /// Device owner as "pkg/.Receiver" when already provisioned.
    public var deviceOwner: String?
    /// Bytes free on /data and /sdcard; installs and writes past it fail with ENOSPC texts.
    public var storageFree: Int64

    /// Memberwise initialiser.
    public init(serial: String, model: String, manufacturer: String, productName: String, device: String,
                androidRelease: String, sdk: Int, buildFingerprint: String, buildID: String,
                securityPatch: String, timeZone: String = "Europe/Paris", batteryLevel: Int = 80,
                charging: Bool = true, accounts: [String] = [], otherUsers: Bool = false,
                deviceOwner: String? = nil, storageFree: Int64 = 12_000_000_000) {
        self.serial = serial; self.model = model; self.manufacturer = manufacturer
        self.productName = productName; self.device = device; self.androidRelease = androidRelease
        self.sdk = sdk; self.buildFingerprint = buildFingerprint; self.buildID = buildID
        self.securityPatch = securityPatch; self.timeZone = timeZone; self.batteryLevel = batteryLevel
        self.charging = charging; self.accounts = accounts; self.otherUsers = otherUsers
        self.deviceOwner = deviceOwner; self.storageFree = storageFree
    }

    /// Deterministic identity number i of a simulated case (i = 0…): a realistic mix of models and Android 11–14,
    /// serials like "VAL" + 8 uppercase hex from a hash of i and a seed.
    public static func sample(index: Int, seed: String = "valise") -> TabletIdentity {
        let hash = Digest.sha256(Array("\(seed):\(index)".utf8))
        let serial = "VAL" + hash.prefix(4).map { byte in
            let s = String(byte, radix: 16, uppercase: true)
            return s.count == 1 ? "0" + s : s
        }.joined()
        let model = PersonaSampleModel.all[index % PersonaSampleModel.all.count]
        let release = model.releases[Int(hash[4]) % model.releases.count]
        let build = PersonaSampleBuild.forRelease(release)
        let incremental = model.incrementalPrefix + build.incrementalSuffix
        let fingerprint = "\(model.brand)/\(model.product)/\(model.device):\(release)/\(build.id)/\(incremental):user/release-keys"
        return TabletIdentity(
            serial: serial, model: model.model, manufacturer: model.manufacturer,
            productName: model.product, device: model.device, androidRelease: release, sdk: build.sdk,
            buildFingerprint: fingerprint, buildID: build.id, securityPatch: build.patch,
            timeZone: "Europe/Paris", batteryLevel: 35 + Int(hash[5]) % 66, charging: hash[6] % 3 != 0,
            accounts: [], otherUsers: false, deviceOwner: nil,
            storageFree: Int64(6 + Int(hash[7]) % 20) * 1_000_000_000)
    }
}

/// Tablet models commonly bought by schools, with the Android releases they ship or update to.
struct PersonaSampleModel {
    let model: String, manufacturer: String, brand: String, product: String, device: String
    let releases: [String], incrementalPrefix: String

    static let all: [PersonaSampleModel] = [
        PersonaSampleModel(model: "SM-T220", manufacturer: "samsung", brand: "samsung", product: "gta7litewifieea",
                    device: "gta7litewifi", releases: ["11", "13", "14"], incrementalPrefix: "T220XX"),
        PersonaSampleModel(model: "Lenovo TB-X306F", manufacturer: "LENOVO", brand: "Lenovo", product: "TB-X306F",
                    device: "X306F", releases: ["11", "12"], incrementalPrefix: "TB-X306F_S3"),
        PersonaSampleModel(model: "SM-X200", manufacturer: "samsung", brand: "samsung", product: "gta8wifieea",
                    device: "gta8wifi", releases: ["12", "13", "14"], incrementalPrefix: "X200XX"),
        PersonaSampleModel(model: "Lenovo TB-J606F", manufacturer: "LENOVO", brand: "Lenovo", product: "TB-J606F",
                    device: "J606F", releases: ["11", "12"], incrementalPrefix: "TB-J606F_S2"),
        PersonaSampleModel(model: "SM-X110", manufacturer: "samsung", brand: "samsung", product: "gta9wifieea",
                    device: "gta9wifi", releases: ["13", "14"], incrementalPrefix: "X110XX"),
        PersonaSampleModel(model: "Lenovo TB328FU", manufacturer: "LENOVO", brand: "Lenovo", product: "TB328FU",
                    device: "TB328FU", releases: ["11", "12", "13"], incrementalPrefix: "TB328FU_S0"),
    ]
}

/// Build ids, SDK levels and security patches per Android release.
struct PersonaSampleBuild {
    let sdk: Int, id: String, patch: String, incrementalSuffix: String

    static func forRelease(_ release: String) -> PersonaSampleBuild {
        switch release {
        case "11": return PersonaSampleBuild(sdk: 30, id: "RP1A.200720.012", patch: "2023-02-01", incrementalSuffix: "U2BWB1")
        case "12": return PersonaSampleBuild(sdk: 31, id: "SP1A.210812.016", patch: "2023-08-01", incrementalSuffix: "S2BWH2")
        case "13": return PersonaSampleBuild(sdk: 33, id: "TP1A.220624.014", patch: "2024-03-01", incrementalSuffix: "S3CWD1")
        default: return PersonaSampleBuild(sdk: 34, id: "UP1A.231005.007", patch: "2024-09-01", incrementalSuffix: "U4DXI1")
        }
    }
}
