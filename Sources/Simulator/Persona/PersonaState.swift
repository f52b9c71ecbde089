import Foundation
import Signing

/// One package known to the fake PackageManager.
struct PersonaPackage: Codable, Equatable {
    var name: String
    var versionCode: Int
    var versionName: String
    var minSdk: Int
    var targetSdk: Int
    var system: Bool
    /// Directory holding the APK, e.g. "/data/app/~~Ab12==/fr.valise.agent-Cd34==" or "/system/app/Chrome".
    var codePath: String
    /// File name of the APK inside `codePath`.
    var apkName: String
    var size: Int64
    var firstInstallTime: Double
    var lastUpdateTime: Double
    var uid: Int
    var enabled = true
    var installedForUser0 = true
    var testOnly = false
    var grantedPermissions: [String] = []

    var apkPath: String { codePath + "/" + apkName }
}

/// One saved Wi-Fi network.
struct PersonaWifiNetwork: Codable, Equatable {
    var id: Int
    var ssid: String
    /// AOSP security type name: "open", "wpa2-psk", "wpa3-sae", "owe".
    var security: String
    /// Kept to mimic WifiConfiguration; never printed (Android does not print it either).
    var passphrase: String?
    var hidden: Bool
    /// Package that created the network ("com.android.shell" or the agent).
    var creator: String
}

/// What the device-owner agent remembers.
struct PersonaAgentState: Codable, Equatable {
    var trustedCAPEM: String?
    var lastSequence: Int?
    var appliedDigest: String?
    /// The bundle's `ent` object, re-serialised as JSON.
    var entJSON: String?
    /// What the agent set through DevicePolicyManager (read back into APPLY's report).
    var policies: PersonaAgentPolicies?
}

/// The device-owner policies the agent applied, as Android would read them back.
struct PersonaAgentPolicies: Codable, Equatable {
    var appRestrictions: [String: String] = [:]
    var autoTime = true
    var caCertificates: [String] = []
    var deviceName: String?
    var freezePeriods: [String] = []
    var globalProxy = "none"
    var restrictions: [String] = []
    var systemUpdate = "none"
}

/// The whole persisted state of one fake tablet (`state.json`).
struct PersonaState: Codable, Equatable {
    var formatVersion = 1
    var identity: TabletIdentity
    /// Properties beyond those derived from the identity (persist.sys.locale, debug.*).
    var extraProps: [String: String] = [:]
    /// namespace ("global", "secure", "system") -> key -> value.
    var settings: [String: [String: String]]
    var packages: [String: PersonaPackage]
    var wifi: [PersonaWifiNetwork] = []
    var nextWifiID = 0
    var agent = PersonaAgentState()
    var applications: [String: Int] = [:]
    var faults = PersonaFaults()
    var installSessions = 0
    var nextUID = 10_150

    /// A factory-fresh tablet.
    static func initial(identity: TabletIdentity, now: Double) -> PersonaState {
        let settings: [String: [String: String]] = [
            "global": [
                "auto_time": "1", "auto_time_zone": "1", "stay_on_while_plugged_in": "0",
                "device_name": identity.model, "adb_enabled": "1", "development_settings_enabled": "1",
                "airplane_mode_on": "0", "wifi_on": "1", "bluetooth_on": "0", "package_verifier_enable": "1",
                "verifier_verify_adb_installs": "1", "device_provisioned": "1", "usb_mass_storage_enabled": "1",
            ],
            "secure": [
                "android_id": String(Digest.hex(Digest.sha256(Array(identity.serial.utf8))).prefix(16)),
                "install_non_market_apps": "1", "location_mode": "3", "user_setup_complete": "1",
                "default_input_method": "com.google.android.inputmethod.latin/com.android.inputmethod.latin.LatinIME",
                "lock_screen_lock_after_timeout": "5000",
            ],
            "system": [
                "screen_off_timeout": "60000", "screen_brightness": "102", "screen_brightness_mode": "1",
                "accelerometer_rotation": "1", "font_scale": "1.0", "sound_effects_enabled": "1",
            ],
        ]
        var packages: [String: PersonaPackage] = [:]
        for (index, entry) in preinstalled(for: identity).enumerated() {
            packages[entry.name] = PersonaPackage(
                name: entry.name, versionCode: entry.versionCode, versionName: entry.versionName,
                minSdk: 21, targetSdk: identity.sdk, system: true, codePath: entry.dir,
                apkName: (entry.dir.split(separator: "/").last.map(String.init) ?? "base") + ".apk",
                size: 40_000_000, firstInstallTime: 1_230_768_000, lastUpdateTime: 1_230_768_000,
                uid: entry.name == "com.android.shell" ? 2000 : 10_010 + index)
        }
        _ = now
        return PersonaState(identity: identity, settings: settings, packages: packages)
    }

    /// System packages present on a factory image (Samsung models add Samsung Internet and friends).
    static func preinstalled(for identity: TabletIdentity) -> [(name: String, dir: String, versionCode: Int, versionName: String)] {
        var list: [(String, String, Int, String)] = [
            ("android", "/system/framework/framework-res", identity.sdk, identity.androidRelease),
            ("com.android.settings", "/system/priv-app/Settings", identity.sdk, identity.androidRelease),
            ("com.android.shell", "/system/priv-app/Shell", identity.sdk, identity.androidRelease),
            ("com.android.systemui", "/system_ext/priv-app/SystemUI", identity.sdk, identity.androidRelease),
            ("com.android.vending", "/product/priv-app/Phonesky", 83_851_810, "38.5.24-21"),
            ("com.google.android.gms", "/product/priv-app/GmsCore", 240_915_035, "24.09.15"),
            ("com.android.chrome", "/product/app/Chrome", 636_717_833, "122.0.6261.119"),
            ("com.google.android.youtube", "/product/app/YouTube", 1_544_811_712, "19.09.37"),
            ("com.google.android.apps.maps", "/product/app/Maps", 1_064_000_001, "11.119.0101"),
            ("com.google.android.gm", "/product/app/Gmail2", 64_851_223, "2024.02.25"),
            ("com.google.android.apps.docs", "/product/app/Drive", 241_131_030, "2.24.113.0"),
            ("com.google.android.apps.tachyon", "/product/app/Duo", 1_000_000_000, "174.0.6"),
        ]
        if identity.manufacturer.lowercased() == "samsung" {
            list += [
                ("com.sec.android.app.sbrowser", "/system/app/SBrowser", 2_400_510_00, "24.0.5.10"),
                ("com.samsung.android.game.gamehome", "/system/app/GameHome", 700_201_104, "7.0.20.11"),
                ("com.samsung.android.app.notes", "/system/app/SamsungNotes", 431_501_000, "4.3.15.1"),
                ("com.samsung.android.kidsinstaller", "/system/app/KidsInstaller", 100_000_000, "1.0.00"),
            ]
        } else {
            list += [
                ("com.lenovo.lsf.user", "/system/app/LenovoID", 5_080_000, "5.08"),
                ("com.lenovo.browser", "/system/app/LenovoBrowser", 1_600_000, "1.6"),
            ]
        }
        return list.map { (name: $0.0, dir: $0.1, versionCode: $0.2, versionName: $0.3) }
    }
}
