import ADB
import Diagnostics
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
            findings.append(DoctorFinding("usb", .problem, Say.doctorNoLibusb(usbFailure?.name),
                                          fix: Say.doctorNoLibusbFix))
            findings.append(udev(plugged: []))
            findings.append(server())
            return findings
        }
        let slots: [USBTabletSlot]
        do { slots = try usb.slots() } catch {
            findings.append(DoctorFinding("usb", .problem, Say.doctorCannotListBus(error.usbError.name),
                                          fix: Say.doctorCannotListBusFix))
            findings.append(udev(plugged: []))
            findings.append(server())
            return findings
        }
        let fastboot = slots.filter { $0.info.kind == .fastboot }.count
        findings.append(DoctorFinding("usb", .ok, Say.doctorSeesBus(version: "\(USBContext.libraryVersion)", tablets: slots.count, inFastboot: fastboot)))
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
            return DoctorFinding("udev", .problem, Say.doctorNoUdevRule(lookedIn: rulesFolders.joined(separator: ", ")),
                                 fix: Say.doctorNoUdevRuleFix)
        }
        let missing = Set(plugged.map { String(format: "%04x", $0.info.vendorID) }).subtracting(coverage.vendors).sorted()
        if !missing.isEmpty {
            return DoctorFinding("udev", .warning, Say.doctorVendorsUncovered(missing.joined(separator: ", ")),
                                 fix: Say.doctorVendorsUncoveredFix(coverage.files[0]))
        }
        return DoctorFinding("udev", .ok, Say.doctorUdevRules(coverage.files.joined(separator: ", "), vendors: coverage.vendors.count))
    }

    func server() -> DoctorFinding {
        guard let entries = try? adbServer.devices() else {
            return DoctorFinding("adb-server", .ok, Say.doctorNoAdbServer(adbServer.address))
        }
        let onUSB = entries.filter { $0.isOnUSB || !$0.serial.contains(":") }
        let paths = ADBServerClient.portPaths(of: onUSB)
        let fix = Say.doctorAdbServerFix
        if onUSB.isEmpty {
            return DoctorFinding("adb-server", .warning, Say.doctorAdbServerRunning(adbServer.address), fix: fix)
        }
        let names = onUSB.prefix(8).map { entry in paths[entry.serial].map { "\(entry.serial) (usb \($0))" } ?? entry.serial }
        return DoctorFinding("adb-server", .warning, Say.doctorAdbServerHolds(adbServer.address, tablets: onUSB.count,
                                                                       names: names.joined(separator: ", ") + (onUSB.count > 8 ? "…" : "")), fix: fix)
    }

    func tablets(_ slots: [USBTabletSlot], usb: USBTablets, serverHolds: Bool) -> [DoctorFinding] {
        let adb = slots.filter { $0.info.kind == .adb }
        guard !adb.isEmpty else {
            return [DoctorFinding("tablets", .ok, Say.doctorNoTablet)]
        }
        let summaries = usb.summaries()
        func names(_ state: DeviceSummary.State) -> [String] {
            summaries.filter { $0.state == state }.map { line in line.slot.map { Say.doctorSlot($0, serial: line.serial) } ?? "\(line.serial) (\(line.address))" }
        }
        var findings: [DoctorFinding] = []
        let ready = summaries.filter { $0.state == .device }.count
        findings.append(DoctorFinding("tablets", .ok, Say.doctorReady(ready, of: adb.count)))
        let unauthorized = names(.unauthorized)
        if !unauthorized.isEmpty {
            findings.append(DoctorFinding("tablets", .warning, Say.doctorUnauthorized(unauthorized.count, names: unauthorized.joined(separator: ", ")),
                                          fix: Say.doctorUnauthorizedFix))
        }
        let busy = names(.busy)
        if !busy.isEmpty {
            findings.append(DoctorFinding("tablets", .warning, Say.doctorBusy(busy.count, names: busy.joined(separator: ", ")),
                                          fix: serverHolds ? Say.doctorBusyServerFix : Say.doctorBusyProgramFix))
        }
        let offline = names(.offline)
        if !offline.isEmpty {
            findings.append(DoctorFinding("tablets", .warning, Say.doctorOffline(offline.count, names: offline.joined(separator: ", ")),
                                          fix: Say.doctorOfflineFix))
        }
        return findings
    }

    func rootPorts(_ slots: [USBTabletSlot]) -> DoctorFinding {
        var perPort: [String: Int] = [:]
        for slot in slots { perPort["\(slot.info.busNumber)-\(slot.info.portPath.first ?? 0)", default: 0] += 1 }
        let crowded = perPort.filter { $0.value > maxPerRootPort }.sorted { $0.key < $1.key }
        let summary = perPort.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
        guard crowded.isEmpty else {
            let list = crowded.map { Say.doctorPortHas($0.key, $0.value) }.joined(separator: ", ")
            return DoctorFinding("root-ports", .warning, Say.doctorTooManyPerPort(list, max: maxPerRootPort),
                                 fix: Say.doctorTooManyPerPortFix)
        }
        return DoctorFinding("root-ports", .ok, perPort.isEmpty ? Say.doctorNoTabletsOnPorts
                             : Say.doctorTabletsPerPort(summary, max: maxPerRootPort))
    }
}
