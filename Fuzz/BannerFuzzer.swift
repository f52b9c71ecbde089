import ADB

// Target banner: the CNXN banner ("<type>:<serial>:<key=value;…>") through ADBBanner(parsing:), as a tablet
// (or anything pretending to be one) could send it.
//
// Input: the banner bytes. A parsed banner must encode to text that parses back to the same banner (unless
// the text holds a NUL: trailing NULs are trimmed, and sorting may move an inner one to the end).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzInput(data, size).remaining
    let banner = ADBBanner(parsing: Array(bytes))
    _ = banner.model
    let info = ADBConnectionInfo(version: ADBProtocol.versionSkipChecksum, maxPayload: ADBProtocol.maxPayload,
                                 banner: banner, sharedFeatures: ADBFeature.host.intersection(banner.features))
    _ = info.supports(ADBFeature.shellV2)
    require(!banner.features.contains(""), "an empty feature name was kept")
    let encoded = banner.encoded
    if !encoded.contains(0) {
        require(ADBBanner(parsing: encoded) == banner, "a banner does not survive encode → parse")
        require(ADBBanner(parsing: encoded + [0, 0]) == banner, "trailing NULs changed the banner")
    }
    return 0
}
