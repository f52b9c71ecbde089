import Testing
@testable import ADB

/// CNXN banners parsed as adb's `parse_banner` does (§1.6).
@Suite struct ADBBannerTests {
    private static func parse(_ text: String, nuls: Int = 0) -> ADBBanner {
        ADBBanner(parsing: Array(text.utf8) + [UInt8](repeating: 0, count: nuls))
    }

    @Test func modernDeviceBanner() {
        let banner = Self.parse("device::ro.product.name=x;ro.product.model=Tab A;ro.product.device=y;features=shell_v2,cmd")
        #expect(banner.type == .device)
        #expect(banner.serial == "")
        #expect(banner.properties == ["ro.product.name": "x", "ro.product.model": "Tab A", "ro.product.device": "y"])
        #expect(banner.features == ["shell_v2", "cmd"])
        #expect(banner.model == "Tab A")
    }

    @Test func legacyTrailingSemicolonIsHarmless() {
        let banner = Self.parse("device::ro.product.name=x;ro.product.model=M;ro.product.device=y;")
        #expect(banner.type == .device)
        #expect(banner.properties.count == 3)
        #expect(banner.properties["ro.product.device"] == "y")
        #expect(banner.features.isEmpty)
    }

    @Test func noFeaturesMeansNoFeatures() {
        let banner = Self.parse("device::ro.product.model=Old")
        #expect(banner.features.isEmpty)
        #expect(banner.model == "Old")
        let empty = Self.parse("device::features=")
        #expect(empty.features.isEmpty)
        #expect(empty.properties.isEmpty)
    }

    @Test func trailingNULsAreStripped() {
        let banner = Self.parse("device::ro.product.model=Z;features=cmd", nuls: 3)
        #expect(banner.features == ["cmd"])
        #expect(banner.model == "Z")
        let oldHost = Self.parse("host::", nuls: 1)
        #expect(oldHost.type == .host)
        #expect(oldHost.serial == "")
        #expect(oldHost.properties.isEmpty && oldHost.features.isEmpty)
    }

    @Test(arguments: [
        ("bootloader", ADBBanner.SystemType.bootloader), ("device", .device), ("recovery", .recovery),
        ("sideload", .sideload), ("rescue", .rescue), ("host", .host),
        ("emulator", .host), ("", .host), ("DEVICE", .host),
    ])
    func systemTypes(name: String, type: ADBBanner.SystemType) {
        #expect(Self.parse("\(name)::features=cmd").type == type)
    }

    @Test func itemsWithoutExactlyOneEqualsAreSkipped() {
        let banner = Self.parse("device::garbage;a=b=c;;ro.product.model=M;=;features=shell_v2")
        #expect(banner.properties == ["ro.product.model": "M", "": ""])
        #expect(banner.features == ["shell_v2"])
    }

    @Test func serialAndMissingProps() {
        let banner = Self.parse("device:ABC123")
        #expect(banner.type == .device)
        #expect(banner.serial == "ABC123")
        #expect(banner.properties.isEmpty && banner.features.isEmpty)
        #expect(Self.parse("recovery").type == .recovery)
        #expect(ADBBanner(parsing: []).type == .host)
    }

    @Test func encodedHostBanner() {
        let banner = ADBBanner(type: .host, features: ["shell_v2", "cmd"])
        #expect(banner.encoded == Array("host::features=cmd,shell_v2".utf8))
        #expect(!banner.encoded.contains(0))
        #expect(ADBBanner(type: .host).encoded == Array("host::".utf8))
    }

    @Test func encodedRoundTrip() {
        let banners = [
            ADBBanner(type: .device, properties: ["ro.product.model": "Tab A", "ro.product.name": "x"],
                      features: ["shell_v2", "cmd", "delayed_ack"]),
            ADBBanner(type: .recovery, serial: "R58M", properties: ["ro.product.device": "y"]),
            ADBBanner(type: .host, features: ADBFeature.host),
            ADBBanner(type: .sideload),
        ]
        for banner in banners {
            #expect(ADBBanner(parsing: banner.encoded) == banner)
        }
    }

    @Test func encodedIsStable() {
        let a = ADBBanner(type: .device, properties: ["b": "2", "a": "1"], features: ["z", "y"])
        #expect(String(decoding: a.encoded, as: UTF8.self) == "device::a=1;b=2;features=y,z")
    }

    @Test func hostAdvertisesWhatItImplementsWithinTheCNXNLimit() {
        let encoded = ADBBanner(type: .host, features: ADBFeature.host).encoded
        #expect(encoded.count <= ADBProtocol.maxPayloadV1)
        #expect(ADBFeature.host.isSuperset(of: [ADBFeature.shellV2, ADBFeature.cmd, ADBFeature.delayedAck]))
        // Feature strings never contain the banner's separators.
        #expect(ADBFeature.host.allSatisfy { !$0.contains(where: { ":;=,".contains($0) }) })
    }
}
