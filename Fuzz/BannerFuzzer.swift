import ADB
import Diagnostics

// Target banner: the CNXN banner ("<type>:<serial>:<key=value;…>") through ADBBanner(parsing:), as a tablet
// (or anything pretending to be one) could send it.
//
// Input: the banner bytes. A parsed banner must encode to text that parses back to the same banner (unless
// the text holds a NUL: trailing NULs are trimmed, and sorting may move an inner one to the end).
// The same bytes, and every property of the banner, as tablet text through TabletText (what Valise shows and
// keeps of a model or a serial): nothing unsafe comes out, the length bound holds, safe text is left as it is,
// and a valid serial is safe text.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzInput(data, size).remaining
    let banner = ADBBanner(parsing: Array(bytes))
    _ = banner.model
    let info = ADBConnectionInfo(version: ADBProtocol.versionSkipChecksum, maxPayload: ADBProtocol.maxPayload,
                                 banner: banner, sharedFeatures: ADBFeature.host.intersection(banner.features))
    _ = info.supports(ADBFeature.shellV2)
    require(!banner.features.contains(""), "an empty feature name was kept")
    for text in [String(decoding: bytes, as: UTF8.self)] + banner.properties.flatMap({ [$0.key, $0.value] }) {
        checkTabletText(text)
    }
    let encoded = banner.encoded
    if !encoded.contains(0) {
        require(ADBBanner(parsing: encoded) == banner, "a banner does not survive encode → parse")
        require(ADBBanner(parsing: encoded + [0, 0]) == banner, "trailing NULs changed the banner")
    }
    return 0
}

func checkTabletText(_ text: String) {
    let shown = TabletText.clean(text)
    require(TabletText.isClean(shown), "TabletText.clean left an unsafe character")
    require(TabletText.isClean(text) == (shown == text), "TabletText.clean changed safe text, or kept unsafe text")
    let cut = TabletText.clean(text, limit: TabletText.maxValueLength)
    require(cut.unicodeScalars.count <= TabletText.maxValueLength + 1, "TabletText.clean went past its limit")
    require(TabletText.isClean(TabletText.clean(text, keepingLineBreaks: true).replacingOccurrences(of: "\n", with: "")),
            "TabletText.clean kept more than line breaks")
    if TabletText.isValidSerial(text) { require(shown == text, "a valid serial is not safe text") }
}
