@testable import Firmware
import Profiles
import Testing

@Suite struct FirmwareComplianceTests {
    let current = InstalledBuild(model: "SM-X200", fingerprint: "samsung/gta8wifieea/gta8wifi:13/TP1A.220624.014/X200XXS3CWD1:user/release-keys",
                                 securityPatch: "2024-03-01")

    @Test func aBuildAtOrAboveTheLevelIsUpToDate() {
        #expect(FirmwareRequirement(product: "SM-X200", minBuild: "X200XXS3CWD1").check(current) == .upToDate)
        #expect(FirmwareRequirement(product: "gta8wifi", minBuild: "X200XXS3CWA1", securityPatch: "2024-01-01").check(current) == .upToDate)
        #expect(FirmwareRequirement(product: "SM-X200", fingerprint: current.fingerprint).check(current) == .upToDate)
    }

    @Test func anOlderBuildOrPatchNeedsFlashingWithEveryReason() {
        let level = FirmwareRequirement(product: "SM-X200", minBuild: "X200XXS3CWK1", securityPatch: "2024-06-01")
        #expect(level.check(current) == .needsFlashing([
            "build X200XXS3CWD1 is below X200XXS3CWK1", "security patch 2024-03-01 is older than 2024-06-01",
        ]))
        #expect(FirmwareRequirement(product: "SM-X200", fingerprint: "samsung/gta8wifieea/gta8wifi:14/UP1A/X200XXU4DXI1:user/release-keys")
            .check(current).status == "needs flashing")
    }

    @Test func anotherProductIsAnUnknownModel() {
        #expect(FirmwareRequirement(product: "SM-T220", minBuild: "T220XXU2BWB1").check(current) == .otherModel("SM-X200"))
        #expect(FirmwareRequirement(product: "SM-T220").check(current).status == "unknown model")
    }

    @Test func buildsOfDifferentLengthsCompareNumerically() {
        #expect(FirmwareRequirement.isBuild("TB-X306F_S3_9", below: "TB-X306F_S3_10"))
        #expect(!FirmwareRequirement.isBuild("X200XXU4DXI1", below: "X200XXS3CWK1"))
    }

    @Test func anUnreadableFingerprintIsNotCalledUpToDate() {
        let odd = InstalledBuild(model: "SM-X200", fingerprint: "garbage", securityPatch: "")
        #expect(FirmwareRequirement(product: "SM-X200", minBuild: "X200XXS3CWK1").check(odd).status == "needs flashing")
    }
}
