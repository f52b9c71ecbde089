import Diagnostics
import Engine
import Foundation

/// Shows a run as it goes. On a terminal: one line per slot (step, percent of bytes, elapsed), redrawn in
/// place. In a log or CI: one line per event (byte progress left out). With --json: nothing until the end.
final class ProgressBoard: @unchecked Sendable {
    private struct Line {
        var serial: String
        var caseName: String?
        var text: String
        var started: Date
    }

    private let live: Bool
    private let quiet: Bool
    private let lock = NSLock()
    private var lines: [String: Line] = [:]   // guarded by lock
    private var drawn = 0                    // lines on screen, guarded by lock
    private var lastDraw = Date.distantPast  // guarded by lock

    /// A board; live when standard output is a terminal (and TERM is not "dumb").
    init(json: Bool, live: Bool = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb") {
        quiet = json
        self.live = live && !json
    }

    /// Takes one event (from any job's queue).
    @Sendable func show(_ event: ProvisionEvent) {
        guard !quiet else { return }
        // What a tablet said never drives the terminal nor starts a line of its own (TabletText).
        var safe = ProvisionEvent(slot: event.slot, serial: TabletText.clean(event.serial), kind: event.kind, message: TabletText.clean(event.message),
                                  caseName: event.caseName.map { TabletText.clean($0) }, bytes: event.bytes)
        safe.model = event.model.map { TabletText.clean($0) }
        let event = safe
        let slotName = Say.slotName(event.slot, caseName: event.caseName)
        guard live else {
            if event.kind != .progress { Console.out("\(slotName)  \(event.serial)  \(Say.event(event.kind.rawValue, event.message))") }
            return
        }
        lock.lock()
        defer { lock.unlock() }
        let key = String(format: "%@|%04d", event.caseName ?? "", event.slot)
        var line = lines[key] ?? Line(serial: event.serial, caseName: event.caseName, text: "", started: Date())
        line.serial = event.serial
        switch event.kind {
        case .progress:
            guard let bytes = event.bytes, bytes.total > 0 else { return }
            line.text = "\(event.message) \(bytes.done * 100 / bytes.total)%"
        case .failed, .done, .firmware, .retrying, .waiting:
            line.text = Say.event(event.kind.rawValue, event.message)
        default:
            line.text = event.message
        }
        lines[key] = line
        // Byte progress redraws at most ten times a second; every other event at once.
        if event.kind == .progress && Date().timeIntervalSince(lastDraw) < 0.1 { return }
        draw()
    }

    /// Draws the last state and leaves the cursor below it.
    func close() {
        lock.lock()
        defer { lock.unlock() }
        if live && !lines.isEmpty { draw() }
    }

    private func draw() {
        let width = Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 120
        var text = drawn > 0 ? "\u{1B}[\(drawn)A" : ""
        let now = Date()
        for (key, line) in lines.sorted(by: { $0.key < $1.key }) {
            let slot = Int(key.split(separator: "|").last ?? "") ?? 0
            let elapsed = Int(now.timeIntervalSince(line.started))
            let head = Say.slotName(slot, caseName: line.caseName)
            let row = "\(head)  \(line.serial)  \(String(format: "%3d:%02d", elapsed / 60, elapsed % 60))  \(line.text)"
            text += "\r\u{1B}[2K" + String(row.prefix(max(20, width - 1))) + "\n"
        }
        drawn = lines.count
        lastDraw = now
        Console.out(text, terminator: "")
    }
}
