import ADB
import Foundation
import USBHost

/// One thing `valise doctor` checked, and the fix when it is not right.
public struct DoctorFinding: Sendable, Codable, Equatable {
    /// How it went.
    public enum Level: String, Sendable, Codable {
        case ok, warning, problem
    }

    /// A stable name for the check: usb, udev, adb-server, tablets, root-ports.
    public var check: String
    /// How it went.
    public var level: Level
    /// What was found, in plain words.
    public var message: String
    /// The exact fix, when something is wrong.
    public var fix: String?

    /// Creates a finding.
    public init(_ check: String, _ level: Level, _ message: String, fix: String? = nil) {
        self.check = check
        self.level = level
        self.message = message
        self.fix = fix
    }
}

/// Checks what stands between this workstation and its tablets: libusb sees the bus, the udev
/// rules, an adb server holding tablets, tablets not authorised, too many tablets per root port.
public struct Doctor: Sendable {
    /// The tablets on USB (nil: libusb could not start).
    public var usb: USBTablets?
    /// Why libusb could not start, when it could not.
    public var usbFailure: USBError?
    /// Where udev rules are looked for.
    public var rulesFolders: [String] = UdevRules.systemFolders
    /// The adb server to look for.
    public var adbServer: ADBServerClient = .standard()
    /// Tablets one root port should carry at most (USB 2.0 shares 480 Mbit/s per root port).
    public var maxPerRootPort = 16

    /// Creates a doctor; libusb is opened here.
    public init(connector: DeviceConnector, caseMaps: CaseMaps) {
        do {
            usb = USBTablets(context: try USBContext(), connector: connector, caseMaps: caseMaps)
        } catch {
            usbFailure = error
        }
    }

    /// Runs every check.
    public func run() -> [DoctorFinding] {
        var findings: [DoctorFinding] = []
        guard let usb else {
            findings.append(DoctorFinding("usb", .problem, "libusb cannot start (\(usbFailure?.name ?? "unknown error")): Valise cannot see the USB bus.",
                                          fix: "Check that this computer has USB (in a container, pass /dev/bus/usb through) and that libusb-1.0-0 is installed."))
            findings.append(udev(plugged: []))
            findings.append(server())
            return findings
        }
        let slots: [USBTabletSlot]
        do { slots = try usb.slots() } catch {
            findings.append(DoctorFinding("usb", .problem, "libusb started but cannot list the bus (\(error.usbError.name)).",
                                          fix: "Run `ls /dev/bus/usb`; if it is empty or missing, this computer (or container) has no USB access."))
            findings.append(udev(plugged: []))
            findings.append(server())
            return findings
        }
        let fastboot = slots.filter { $0.info.kind == .fastboot }.count
        findings.append(DoctorFinding("usb", .ok, "libusb \(USBContext.libraryVersion) sees the USB bus: \(Self.count(slots.count, "tablet"))"
                                      + (fastboot > 0 ? " (\(fastboot) in fastboot)." : ".")))
        findings.append(udev(plugged: slots))
        let serverFinding = server()
        findings.append(serverFinding)
        findings += tablets(slots, usb: usb, serverHolds: serverFinding.level != .ok)
        findings.append(rootPorts(slots))
        return findings
    }

    func udev(plugged: [USBTabletSlot]) -> DoctorFinding {
        let coverage = UdevRules.coverage(folders: rulesFolders)
        guard !coverage.files.isEmpty else {
            return DoctorFinding("udev", .problem, "No udev rule lets people at this workstation use Android tablets (looked in \(rulesFolders.joined(separator: ", "))).",
                                 fix: "Run `sudo valise setup-usb`, then unplug and replug the tablets.")
        }
        let missing = Set(plugged.map { String(format: "%04x", $0.info.vendorID) }).subtracting(coverage.vendors).sorted()
        if !missing.isEmpty {
            return DoctorFinding("udev", .warning, "Tablets with vendor id \(missing.joined(separator: ", ")) are plugged in but no udev rule covers them.",
                                 fix: "Add a line for each to \(coverage.files[0]) (copy one and change idVendor), then `sudo udevadm control --reload-rules && sudo udevadm trigger`.")
        }
        return DoctorFinding("udev", .ok, "udev rules for Android tablets: \(coverage.files.joined(separator: ", ")) (\(coverage.vendors.count) vendors).")
    }

    func server() -> DoctorFinding {
        guard let entries = try? adbServer.devices() else {
            return DoctorFinding("adb-server", .ok, "No adb server is running on \(adbServer.address).")
        }
        let onUSB = entries.filter { $0.isOnUSB || !$0.serial.contains(":") }
        let paths = ADBServerClient.portPaths(of: onUSB)
        let fix = "Run `adb kill-server` before using Valise, or add --via-adb-server to Valise commands to go through it."
        if onUSB.isEmpty {
            return DoctorFinding("adb-server", .warning, "An adb server is running on \(adbServer.address); it will take every tablet plugged in from now on.", fix: fix)
        }
        let names = onUSB.prefix(8).map { entry in paths[entry.serial].map { "\(entry.serial) (usb \($0))" } ?? entry.serial }
        return DoctorFinding("adb-server", .warning, "An adb server on \(adbServer.address) holds \(Self.count(onUSB.count, "tablet")): "
                             + names.joined(separator: ", ") + (onUSB.count > 8 ? "…" : "") + ".", fix: fix)
    }

    func tablets(_ slots: [USBTabletSlot], usb: USBTablets, serverHolds: Bool) -> [DoctorFinding] {
        let adb = slots.filter { $0.info.kind == .adb }
        guard !adb.isEmpty else {
            return [DoctorFinding("tablets", .ok, "No tablet in USB debugging mode is plugged in.")]
        }
        let summaries = usb.summaries()
        func names(_ state: DeviceSummary.State) -> [String] {
            summaries.filter { $0.state == state }.map { line in line.slot.map { "slot \($0) (\(line.serial))" } ?? "\(line.serial) (\(line.address))" }
        }
        var findings: [DoctorFinding] = []
        let ready = summaries.filter { $0.state == .device }.count
        findings.append(DoctorFinding("tablets", .ok, "\(Self.count(ready, "tablet")) of \(adb.count) answer over USB."))
        let unauthorized = names(.unauthorized)
        if !unauthorized.isEmpty {
            findings.append(DoctorFinding("tablets", .warning, "\(Self.count(unauthorized.count, "tablet")) did not allow this computer: \(unauthorized.joined(separator: ", ")).",
                                          fix: "On each, unlock the screen, tick \"Always allow from this computer\" and tap Allow on \"Allow USB debugging?\"."))
        }
        let busy = names(.busy)
        if !busy.isEmpty {
            findings.append(DoctorFinding("tablets", .warning, "\(Self.count(busy.count, "tablet")) held by another program: \(busy.joined(separator: ", ")).",
                                          fix: serverHolds ? "Run `adb kill-server`, or add --via-adb-server." : "Close the program using them (adb, Android Studio, scrcpy), or add --via-adb-server."))
        }
        let offline = names(.offline)
        if !offline.isEmpty {
            findings.append(DoctorFinding("tablets", .warning, "\(Self.count(offline.count, "tablet")) did not answer: \(offline.joined(separator: ", ")).",
                                          fix: "Wake them, check cables and hub ports, then unplug and replug them."))
        }
        return findings
    }

    func rootPorts(_ slots: [USBTabletSlot]) -> DoctorFinding {
        var perPort: [String: Int] = [:]
        for slot in slots { perPort["\(slot.info.busNumber)-\(slot.info.portPath.first ?? 0)", default: 0] += 1 }
        let crowded = perPort.filter { $0.value > maxPerRootPort }.sorted { $0.key < $1.key }
        let summary = perPort.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
        guard crowded.isEmpty else {
            let list = crowded.map { "\($0.key) has \($0.value)" }.joined(separator: ", ")
            return DoctorFinding("root-ports", .warning, "Too many tablets on one root port: \(list) (recommended at most \(maxPerRootPort)).",
                                 fix: "Plug part of the case into another USB port of the workstation itself (another root port, not the same hub).")
        }
        return DoctorFinding("root-ports", .ok, perPort.isEmpty ? "No tablets on any root port."
                             : "Tablets per root port: \(summary) (recommended at most \(maxPerRootPort)).")
    }

    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
