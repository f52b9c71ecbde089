import Odin

/// A host state machine wired to a device state machine in memory: every transfer goes through the real
/// decoders, and zero-length transfers are counted.
struct OdinLoopback {
    var host: OdinHostStateMachine
    var device: OdinDeviceStateMachine
    var requests = OdinRequestDecoder()
    var toHost: [[UInt8]] = []
    var written: [(OdinSequenceEnd, [UInt8])] = []
    var left: OdinRequest?
    var emptyTransfersSent = 0
    /// Each transfer sent: whether it was empty, a file part, and whether the host said it was sending parts then.
    var sends: [(empty: Bool, part: Bool, sendingParts: Bool)] = []
    var file: [UInt8] = []

    init(pit: PIT, offersLargeParts: Bool = false, largeParameters: OdinTransferParameters = .large, sequenceLimit: Int? = nil) {
        host = OdinHostStateMachine(largeParameters: largeParameters, sequenceLimit: sequenceLimit)
        device = OdinDeviceStateMachine(pit: pit, offersLargeParts: offersLargeParts)
    }

    /// Runs one operation to its end.
    mutating func run(_ operation: OdinHostStateMachine.Operation) throws -> OdinHostStateMachine.Outcome {
        var action = host.start(operation)
        while true {
            switch action {
            case .send(let bytes):
                if bytes.isEmpty { emptyTransfersSent += 1 }
                sends.append((bytes.isEmpty, false, host.isSendingParts))
                try deliver(bytes)
                action = host.sent()
            case let .sendFile(offset, count, paddedTo):
                sends.append((false, true, host.isSendingParts))
                try deliver(Array(file[offset..<(offset + count)]) + [UInt8](repeating: 0, count: paddedTo - count))
                action = host.sent()
            case .receive:
                guard !toHost.isEmpty else { throw LoopbackError.deviceSilent }
                action = host.received(toHost.removeFirst())
            case .finished(let outcome):
                return outcome
            case .failed(let error):
                throw error
            }
        }
    }

    private mutating func deliver(_ bytes: [UInt8]) throws {
        requests.append(bytes)
        while let message = try requests.next() {
            for reaction in device.received(message) {
                switch reaction {
                case .send(let reply): toHost.append(reply)
                case let .write(end, data): written.append((end, data))
                case .leave(let request): left = request
                }
            }
        }
    }
}

enum LoopbackError: Error { case deviceSilent }

/// A small PIT like a tablet's.
let tabletPIT = PIT(entries: [
    PITEntry(identifier: 80, partitionName: "BOOTLOADER", flashFileName: "sboot.bin"),
    PITEntry(identifier: 5, partitionName: "BOOT", flashFileName: "boot.img"),
    PITEntry(identifier: 6, partitionName: "RECOVERY", flashFileName: "recovery.img"),
    PITEntry(identifier: 20, partitionName: "SUPER", flashFileName: "super.img"),
    PITEntry(binaryType: 1, identifier: 11, partitionName: "RADIO", flashFileName: "modem.bin"),
])
