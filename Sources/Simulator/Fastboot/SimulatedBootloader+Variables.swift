import Fastboot
import Foundation

extension SimulatedBootloader {
    /// `getvar:NAME` (lock held).
    func getVar(_ name: String) -> [FastbootResponse] {
        if name == FastbootVariable.all {
            var lines = Self.plainVariables.compactMap { key in variable(key).map { FastbootResponse.info("\(key):\($0)") } }
            for entry in SimulatedPartition.table {
                for full in entry.slotted ? FastbootSlot.allCases.map({ $0.partition(entry.name) }) : [entry.name] {
                    lines.append(.info("partition-size:\(full):0x\(String(entry.size, radix: 16))"))
                    lines.append(.info("partition-type:\(full):\(entry.type)"))
                }
                lines.append(.info("has-slot:\(entry.name):\(entry.slotted ? "yes" : "no")"))
            }
            return lines + [.okay("")]
        }
        guard let value = variable(name) else { return [.fail("GetVar Variable Not found")] }
        return [.okay(value)]
    }

    static let plainVariables = [
        "version", "product", "serialno", "version-bootloader", "version-baseband", "max-download-size", "current-slot",
        "slot-count", "unlocked", "secure", "is-userspace", "battery-voltage", "battery-soc-ok", "variant",
    ]

    private func variable(_ name: String) -> String? {
        let props = persona.propertiesSnapshot()
        switch name {
        case "version": return "0.4"
        case "product": return product
        case "serialno": return persona.identity.serial
        case "version-bootloader": return props["ro.bootloader"] ?? "unknown"
        case "version-baseband": return props["gsm.version.baseband"] ?? props["ro.bootloader"] ?? "unknown"
        case "max-download-size": return "0x" + String(maxDownloadSize, radix: 16)
        case "current-slot": return state.currentSlot.rawValue
        case "slot-count": return "2"
        case "unlocked": return state.locked ? "no" : "yes"
        case "secure": return state.locked ? "yes" : "no"
        case "is-userspace": return "no"
        case "battery-voltage": return String(3_600 + persona.batterySnapshot().level * 7)
        case "battery-soc-ok": return persona.batterySnapshot().level >= 10 ? "yes" : "no"
        case "variant": return "\(persona.identity.model) \(product)"
        default: break
        }
        for prefix in ["has-slot:", "partition-size:", "partition-type:", "is-logical:"] where name.hasPrefix(prefix) {
            let partition = String(name.dropFirst(prefix.count))
            if prefix == "has-slot:" {
                guard let entry = SimulatedPartition.table.first(where: { $0.name == partition }) else { return nil }
                return entry.slotted ? "yes" : "no"
            }
            guard let entry = SimulatedPartition.find(partition) else { return nil }
            switch prefix {
            case "partition-size:": return "0x" + String(entry.size, radix: 16)
            case "partition-type:": return entry.type
            default: return "no"
            }
        }
        return nil
    }
}

extension AndroidPersona {
    /// Every system property (takes the lock).
    func propertiesSnapshot() -> [String: String] { lock.withLock { properties() } }
    /// The battery as the tablet reports it (takes the lock).
    func batterySnapshot() -> (level: Int, charging: Bool) { lock.withLock { effectiveBattery } }
}
