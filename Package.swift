// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Valise",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "valise", targets: ["valise"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // C libraries, each reached through one target (Scripts/check-map checks every arrow against the imports).
        .systemLibrary(
            name: "COpenSSL",
            pkgConfig: "openssl",
            providers: [.apt(["libssl-dev"]), .brew(["openssl@3"])]
        ),

        .systemLibrary(
            name: "CLibUSB",
            pkgConfig: "libusb-1.0",
            providers: [.apt(["libusb-1.0-0-dev"]), .brew(["libusb"])]
        ),

        // liblz4 (Samsung firmware entries), reached only through SamsungFirmware.
        .systemLibrary(
            name: "CLZ4",
            pkgConfig: "liblz4",
            providers: [.apt(["liblz4-dev"]), .brew(["lz4"])]
        ),

        // PostgreSQL's client library, reached only through District.
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"]), .brew(["libpq"])]
        ),

        // What the user reads: ValiseError (what, why, the fix), tablet errors, tablet text made safe to show, located file problems.
        // Foundation only; every target that speaks to school IT staff builds on it, no protocol target carries it.
        .target(name: "Diagnostics"),

        // Sans-I/O protocol code: Foundation only.
        .target(name: "ADB"),
        .target(name: "Fastboot"),
        .target(name: "Odin"),

        // Samsung firmware packages (.tar.md5: MD5 trailer, tar streamed, lz4 entries decompressed, mapped to the PIT).
        .target(name: "SamsungFirmware", dependencies: ["CLZ4", "Diagnostics", "Odin"]),

        // Firmware in one place: the catalog (required builds per board, flash plans), the checks, and the flash of
        // a case over fastboot and Download mode with its journal.
        .target(name: "Firmware", dependencies: ["ADB", "Diagnostics", "Devices", "Fastboot", "Odin", "Profiles", "SamsungFirmware", "Signing",
                                                 .product(name: "Yams", package: "Yams")]),

        // Keys, ADB token signatures and CMS, over OpenSSL 3's EVP API.
        .target(name: "Signing", dependencies: ["COpenSSL", "Diagnostics"]),

        // Sockets with timeouts, and ADB packets over them: shared by the host (Devices) and the Simulator.
        .target(name: "Transports", dependencies: ["ADB", "Diagnostics", .product(name: "Logging", package: "swift-log")]),

        // USB through libusb: enumeration, port paths, hotplug, bulk transfers, ADB packets over USB.
        .target(name: "USBHost", dependencies: ["CLibUSB", "ADB", "Transports"]),

        // Transports, sessions and tablets addressed by serial.
        .target(
            name: "Devices",
            dependencies: ["ADB", "Diagnostics", "Fastboot", "Odin", "Signing", "Transports", "USBHost", .product(name: "Logging", package: "swift-log"),
                           .product(name: "Yams", package: "Yams")]
        ),

        // The device side: simulated tablets for tests, benchmarks and the demo.
        .target(
            name: "Simulator",
            dependencies: ["ADB", "Diagnostics", "Fastboot", "Odin", "Signing", "Transports", .product(name: "Logging", package: "swift-log")]
        ),

        // The station's inventory: tablets, runs, the step journal (SQLite through GRDB, WAL).
        .target(name: "Inventory", dependencies: ["Diagnostics", .product(name: "GRDB", package: "GRDB.swift")]),

        // Many stations, one district inventory: the outbox upload to PostgreSQL (libpq) and the district report.
        .target(name: "District", dependencies: ["CLibPQ", "Diagnostics", "Inventory"]),

        // YAML profile layers → one checked profile per class (Foundation and Yams only).
        .target(name: "Profiles", dependencies: ["Diagnostics", .product(name: "Yams", package: "Yams")]),

        // QR codes (Android Enterprise enrolment of reset tablets) as PNG and terminal text.
        .target(name: "QRCode"),

        // Per-tablet configuration bundles: canonical JSON, signed with CMS.
        .target(name: "Bundles", dependencies: ["Diagnostics", "Signing", "Profiles"]),

        // The provisioning engine: the scheduler and job runner (the pipeline joins as it lands).
        .target(name: "Engine", dependencies: ["ADB", "Diagnostics", "Devices", "Transports", "Profiles", "Bundles", "Inventory",
                                               "Signing", "Firmware"]),

        .target(
            name: "ValiseCLI",
            dependencies: [
                "ADB", "Diagnostics", "Devices", "Simulator", "Signing", "Transports", "USBHost", "Bundles", "Inventory", "Engine", "Profiles", "QRCode",
                "Fastboot", "Firmware", "District", "Odin", "SamsungFirmware",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "valise", dependencies: ["ValiseCLI"]),

        // What the test targets share (tests only): the Debian tools the tests compare Valise with, simulated tablets on
        // loopback, temporary folders, Samsung firmware packages.
        .target(name: "TestSupport", dependencies: ["ADB", "SamsungFirmware", "Simulator", "Signing"], path: "Tests/Support"),

        .testTarget(name: "ADBTests", dependencies: ["ADB", "Diagnostics", "TestSupport"]),
        .testTarget(name: "TransportsTests", dependencies: ["ADB", "TestSupport", "Transports"]),
        .testTarget(name: "FastbootTests", dependencies: ["Fastboot", "Simulator", "Devices", "Transports", "TestSupport"]),
        .testTarget(name: "OdinTests", dependencies: ["Odin", "Fastboot", "Simulator", "SamsungFirmware", "Devices", "USBHost", "TestSupport"]),
        .testTarget(name: "FirmwareTests", dependencies: ["Diagnostics", "Firmware", "Profiles", "ADB", "Devices", "Fastboot", "Odin", "SamsungFirmware", "Signing",
                                                          "Simulator", "Transports", "TestSupport"]),
        .testTarget(name: "EngineTests", dependencies: ["Diagnostics", "Engine", "Devices", "Simulator", "Signing", "Profiles", "Inventory", "Transports", "District",
                                                        "TestSupport"]),
        .testTarget(name: "BundlesTests", dependencies: ["Bundles", "Signing", "Profiles", "TestSupport"]),
        .testTarget(name: "InventoryTests", dependencies: ["Diagnostics", "Inventory", "TestSupport"]),
        .testTarget(name: "DistrictTests", dependencies: ["Diagnostics", "District", "Inventory", "TestSupport"]),
        .testTarget(name: "QRCodeTests", dependencies: ["QRCode", "TestSupport"]),
        .testTarget(name: "ProfilesTests", dependencies: ["Diagnostics", "Profiles"], exclude: ["Fixtures"]),
        .testTarget(name: "USBHostTests", dependencies: ["USBHost", "ADB", "Transports", "TestSupport"], exclude: ["testbed"]),
        .testTarget(name: "SigningTests", dependencies: ["Diagnostics", "Signing", "TestSupport"]),
        .testTarget(name: "SimulatorTests", dependencies: ["Simulator", "Signing", "Transports", "TestSupport"]),
        .testTarget(name: "DevicesTests", dependencies: ["Devices", "Diagnostics", "Simulator", "Signing", "ADB", "TestSupport", "USBHost", "Transports"]),
        // The built `valise` binary, run as a technician would, and the CLI's error boundary.
        .testTarget(name: "ValiseCLITests", dependencies: ["ValiseCLI", "Bundles", "Devices", "Diagnostics", "District", "Engine", "Inventory", "Signing",
                                                          "Odin", "SamsungFirmware", "Simulator", "TestSupport", "Transports", "USBHost",
                                                          .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    ],
    swiftLanguageModes: [.v6]
)
