import Foundation
import Fastboot
import Odin
import Synchronization

/// A Samsung tablet in Download mode: it answers the Odin protocol with its PIT, keeps what it received per
/// partition, and can fail the ways real ones do (the cable pulled mid-sequence, a packet refused, a binary built
/// for another model).
///
/// Thread safety: the state is behind one mutex; each connection's protocol state is its own (`OdinDeviceLink`).
public final class SimulatedDownloadMode: Sendable {
    /// How it fails.
    public enum Fault: Sendable, Equatable {
        /// The cable is pulled after this many file parts (nothing more is answered).
        case unplugAfterParts(Int)
        /// The first end of sequence is refused (0xFF), as a device refuses a packet it does not like.
        case refuseSequenceEnd
    }

    /// Error code of a refused binary built for another model.
    public static let otherModelCode: UInt32 = 6
    /// Error code of the refusal fault.
    public static let refusedCode: UInt32 = 7
    /// Error code of a bootloader of an older binary revision than the installed one ("SW REV CHECK FAIL").
    public static let rollbackCode: UInt32 = 8

    /// The board (model) name images must be built for (`board=` in a Valise image header).
    public let board: String
    /// The device's PIT.
    public let pit: PIT
    /// Whether it allows 1 MiB parts.
    public let offersLargeParts: Bool
    /// Whether partitions keep every byte (else only their first 4 KiB, for benchmarks of large packages).
    public let keepsData: Bool
    /// The storage's write rate in bytes a second (`flash-rate=`): each sequence is written before its end is
    /// answered, in the tablet's own time (waiting, not the host's CPU); nil writes at once.
    public let writeRate: Int?
    private let state: Mutex<State>
    /// Called (on a thread of its own, a moment after the answer) when the tablet leaves Download mode.
    public let onLeave = Mutex<(@Sendable (OdinRequest) -> Void)?>(nil)

    private struct State {
        var faults: [Fault]
        var partitions: [String: [UInt8]] = [:]
        var pending: [UInt32: [UInt8]] = [:]
        var partsReceived = 0
        var left: OdinRequest?
        var sessions = 0
        var bootloaderRevision: Int?
    }

    /// A tablet in Download mode.
    public init(board: String, pit: PIT, offersLargeParts: Bool = false, faults: [Fault] = [], keepsData: Bool = true, writeRate: Int? = nil) {
        self.keepsData = keepsData
        self.writeRate = writeRate
        self.board = board
        self.pit = pit
        self.offersLargeParts = offersLargeParts
        state = Mutex(State(faults: faults))
    }

    /// What each partition holds (written by a completed file transfer), by PIT partition name.
    public var partitions: [String: [UInt8]] { state.withLock { $0.partitions } }
    /// How the last session ended (reboot, back to Download mode, shut down), if it did.
    public var left: OdinRequest? { state.withLock { $0.left } }
    /// Sessions begun so far.
    public var sessions: Int { state.withLock { $0.sessions } }

    /// The bootloader version it runs (`T220XXU9ZZA1`): a bootloader image of an older binary revision (the character
    /// after U or S) is refused, as Samsung's anti-rollback does.
    public func install(bootloader version: String) { state.withLock { $0.bootloaderRevision = Self.revision(version) } }

    /// The binary revision of a Samsung version: 0–9, then A = 10…; nil when it is not one.
    static func revision(_ version: String) -> Int? {
        let characters = Array(version.uppercased())
        guard characters.count >= 10, ["U", "S"].contains(characters[characters.count - 6]) else { return nil }
        let mark = characters[characters.count - 5]
        if let digit = mark.wholeNumberValue { return digit }
        guard let ascii = mark.asciiValue, (65...90).contains(ascii) else { return nil }
        return Int(ascii) - 55
    }

    /// Adds a fault (e.g. between two runs).
    public func inject(_ fault: Fault) { state.withLock { $0.faults.append(fault) } }

    /// A new connection's protocol state.
    public func link() -> OdinDeviceLink { OdinDeviceLink(tablet: self) }

    /// A part arrived; false when the cable is pulled now.
    func partArrived() -> Bool {
        state.withLock { state in
            state.partsReceived += 1
            for (index, fault) in state.faults.enumerated() {
                if case .unplugAfterParts(let count) = fault, state.partsReceived > count {
                    state.faults.remove(at: index)
                    return false
                }
            }
            return true
        }
    }

    func sessionBegan() { state.withLock { $0.sessions += 1 } }

    /// A sequence ended: nil to accept it (once written, at `writeRate`), or the refusal code.
    func sequenceEnded(_ end: OdinSequenceEnd, data: [UInt8]) -> UInt32? {
        let refusal = accept(end, data: data)
        if refusal == nil, let writeRate { TabletTime.spend(bytes: Int(end.byteCount), rate: writeRate) }
        return refusal
    }

    private func accept(_ end: OdinSequenceEnd, data: [UInt8]) -> UInt32? {
        state.withLock { state in
            if let index = state.faults.firstIndex(of: .refuseSequenceEnd) {
                state.faults.remove(at: index)
                return Self.refusedCode
            }
            let key = end.destination == .cp ? UInt32.max : end.partitionID
            let isFirst = state.pending[key] == nil
            if isFirst, let header = ValiseImageHeader(parsing: data.prefix(ValiseImageHeader.maxLength)) {
                if let imageBoard = header.board, imageBoard != board { return Self.otherModelCode }
                if let incoming = header["bootloader"].flatMap(Self.revision), let installed = state.bootloaderRevision, incoming < installed {
                    return Self.rollbackCode
                }
            }
            let kept = keepsData ? data.count : max(0, min(data.count, 4096 - (state.pending[key]?.count ?? 0)))
            state.pending[key, default: []] += data.prefix(kept)
            if end.isLast {
                let entry = pit.entries.first { $0.destination == end.destination && (end.destination == .cp || $0.identifier == end.partitionID) }
                let written = state.pending.removeValue(forKey: key) ?? []
                state.partitions[entry?.partitionName ?? "?"] = written
                if let header = ValiseImageHeader(parsing: written.prefix(ValiseImageHeader.maxLength)),
                   let revision = header["bootloader"].flatMap(Self.revision) {
                    state.bootloaderRevision = max(revision, state.bootloaderRevision ?? 0)
                }
            }
            return nil
        }
    }

    func leaving(_ request: OdinRequest) {
        state.withLock { $0.left = request }
        guard let handler = onLeave.withLock({ $0 }) else { return }
        Thread.detachNewThread {
            Thread.sleep(forTimeInterval: 0.1)
            handler(request)
        }
    }

    /// The build the flashed partitions carry: the fields of their Valise image headers (`bootloader`, `fingerprint`,
    /// `security_patch`, `pda`, `baseband`), as the tablet boots it.
    public var flashedBuild: [String: String] {
        var values: [String: String] = [:]
        for (_, data) in partitions.sorted(by: { $0.key < $1.key }) {
            guard let header = ValiseImageHeader(parsing: data.prefix(ValiseImageHeader.maxLength)) else { continue }
            for (key, value) in header.fields where key != "board" { values[key] = value }
        }
        return values
    }
}

/// One connection's protocol state on the device side (no sockets): transfers in, transfers out.
public struct OdinDeviceLink: Sendable {
    /// What to send back, and whether the link ends.
    public struct Step: Sendable, Equatable {
        /// Transfers to send, in order (an empty one is a zero-length transfer).
        public var transfers: [[UInt8]] = []
        /// The tablet leaves the bus after sending them: unplugged, rebooting or shut down.
        public var ends = false
    }

    let tablet: SimulatedDownloadMode
    private var decoder = OdinRequestDecoder()
    private var machine: OdinDeviceStateMachine

    init(tablet: SimulatedDownloadMode) {
        self.tablet = tablet
        machine = OdinDeviceStateMachine(pit: tablet.pit, offersLargeParts: tablet.offersLargeParts)
    }

    /// One transfer (or any bytes) from the host. A protocol error ends the link, as a device drops the host.
    public mutating func received(_ bytes: [UInt8]) -> Step {
        var step = Step()
        decoder.append(bytes)
        do {
            while let message = try decoder.next() {
                if case .part = message, !tablet.partArrived() { return Step(transfers: [], ends: true) }
                if case .request(.beginSession) = message { tablet.sessionBegan() }
                for action in machine.received(message) {
                    switch action {
                    case .send(let transfer):
                        step.transfers.append(transfer)
                    case let .write(end, data):
                        if let code = tablet.sequenceEnded(end, data: data) {
                            // The device's own acceptance of the end is replaced by the refusal.
                            step.transfers.append(OdinResponse.refused(code: code).encoded())
                            return step
                        }
                    case .leave(let request):
                        tablet.leaving(request)
                        step.ends = true
                    }
                }
                if step.ends { return step }
            }
        } catch {
            return Step(transfers: step.transfers, ends: true)
        }
        return step
    }
}
