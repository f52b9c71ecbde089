import Foundation
import Testing
import TestSupport

@testable import QRCode

/// Round trips through an independent decoder: Debian's zbar (`apt-get install zbar-tools`).
@Suite struct ZbarRoundTripTests {
    static let zbarimg = "/usr/bin/zbarimg"

    /// A realistic Android Enterprise provisioning payload, exactly 600 bytes of UTF-8.
    static let provisioningJSON = """
        {"android.app.extra.PROVISIONING_DEVICE_ADMIN_COMPONENT_NAME":"com.google.android.apps.work.clouddpc/.receivers.\
        CloudDeviceAdminReceiver","android.app.extra.PROVISIONING_DEVICE_ADMIN_SIGNATURE_CHECKSUM":"I5YvS0O5hXY46mb01B\
        lRjq4oJJGs2kuUcHvVkAPEXlg","android.app.extra.PROVISIONING_DEVICE_ADMIN_PACKAGE_DOWNLOAD_LOCATION":"https://pla\
        y.google.com/managed/downloadManagingApp?identifier=setup","android.app.extra.PROVISIONING_WIFI_SSID":"Collège M\
        ont des Accords","android.app.extra.PROVISIONING_ADMIN_EXTRAS_BUNDLE":{"com.google.android.apps.work.clouddpc.EX\
        TRA_ENROLLMENT_TOKEN":"QWERTYUIOPASDFGH"}}
        """

    /// `count` bytes of printable ASCII, not periodic enough to look like a test pattern.
    static func filler(_ count: Int) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_/:.")
        return String((0..<count).map { alphabet[($0 * 7 + $0 / alphabet.count) % alphabet.count] })
    }

    /// Renders `text`, decodes the PNG with zbarimg and returns what it read (nil after recording an issue).
    static func decode(_ code: QRCode, scale: Int = 4) throws -> String? {
        let zbarimg = try Tools.locate("zbarimg", package: "zbar-tools")
        let file = temporaryFile(".png")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(code.png(scale: scale)).write(to: file)
        let result = try Tools.run(zbarimg, ["--raw", "-q", file.path])
        guard result.status == 0 else {
            Issue.record("zbarimg exit \(result.status): \(result.stderr) (version \(code.version))")
            return nil
        }
        var text = String(decoding: result.stdout, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    @Test func payloadIsSixHundredBytes() {
        #expect(Self.provisioningJSON.utf8.count == 600)
        #expect(Self.provisioningJSON.contains("Collège Mont des Accords"))
    }

    @Test(arguments: QRErrorCorrection.allCases)
    func shortText(_ correction: QRErrorCorrection) throws {
        let text = "Valise: tablette nº 12"
        let code = try QRCode.encode(text, correction: correction)
        let decoded = try Self.decode(code)
        #expect(decoded == text)
    }

    @Test(arguments: QRErrorCorrection.allCases)
    func provisioningPayload(_ correction: QRErrorCorrection) throws {
        let code = try QRCode.encode(Self.provisioningJSON, correction: correction)
        let decoded = try Self.decode(code)
        #expect(decoded == Self.provisioningJSON)
    }

    /// The fullest version-9 symbol, and one byte more, which needs version 10 and a 16-bit count.
    @Test(arguments: QRErrorCorrection.allCases)
    func capacityEdge(_ correction: QRErrorCorrection) throws {
        let capacity = QRCode.byteCapacity(version: 9, correction: correction)
        for (length, version) in [(capacity, 9), (capacity + 1, 10)] {
            let text = Self.filler(length)
            let code = try QRCode.encode(text, correction: correction)
            #expect(code.version == version)
            let decoded = try Self.decode(code)
            #expect(decoded == text, "\(length) bytes")
        }
    }

    /// The largest symbol, full: version 40 at level L.
    @Test func version40() throws {
        let text = Self.filler(2953)
        let code = try QRCode.encode(text, correction: .low)
        #expect(code.version == 40 && code.size == 177)
        let decoded = try Self.decode(code)
        #expect(decoded == text)
    }
}
