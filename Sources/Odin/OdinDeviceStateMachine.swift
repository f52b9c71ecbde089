/// The device side of a Download-mode session: answers each message the host sends and enforces the protocol's
/// order (handshake, session, then PIT dumps and file transfers in sequences, then end and reboot).
///
/// Sans-I/O: feed it decoded messages; it returns what to send back and what happened. Refusals are answered with
/// 0xFF and an error code, as devices do; the session goes on only where a real device lets it.
public struct OdinDeviceStateMachine: Sendable {
    /// What the device does.
    public enum Action: Sendable, Equatable {
        /// Send these bytes as one bulk transfer (empty: a zero-length transfer).
        case send([UInt8])
        /// A sequence ended: its data (cut to the announced byte count) goes to the partition.
        case write(OdinSequenceEnd, [UInt8])
        /// The session ended; what the device does next.
        case leave(OdinRequest)
    }

    /// Error codes in refusals.
    public enum RefusalCode: UInt32, Sendable {
        case notInSession = 1
        case outOfSequence = 2
        case unknownPartition = 3
        case badByteCount = 4
        case unsupported = 5
    }

    /// Where the session is.
    public enum Phase: Sendable, Equatable {
        case awaitingHandshake, awaitingSession, idle, dumpingPIT, fileTransfer, inSequence(partsLeft: Int), ended
    }

    /// The device's PIT.
    public let pit: PIT
    /// Whether it answers the session's begin with a non-zero value (takes 1 MiB parts).
    public let offersLargeParts: Bool
    /// Where the session is.
    public private(set) var phase = Phase.awaitingHandshake
    /// The part size the host announced.
    public private(set) var partSize = OdinTransferParameters.standard.partSize
    /// The total announced by 0x64/2, if any.
    public private(set) var announcedTotal: UInt64?
    private var sequenceData: [UInt8] = []
    private var sequencePartIndex: UInt32 = 0
    private var announcedSequenceBytes = 0

    /// A device in Download mode with this PIT.
    public init(pit: PIT, offersLargeParts: Bool = false) {
        self.pit = pit
        self.offersLargeParts = offersLargeParts
    }

    /// One message from the host.
    public mutating func received(_ message: OdinHostMessage) -> [Action] {
        switch (phase, message) {
        case (.awaitingHandshake, .handshake):
            phase = .awaitingSession
            return [.send(OdinWire.handshakeReply)]
        case (.inSequence(let left), .part(let bytes)) where left > 0:
            sequenceData += bytes
            phase = .inSequence(partsLeft: left - 1)
            defer { sequencePartIndex += 1 }
            return [.send(OdinResponse.partAcknowledged(sequencePartIndex).encoded())]
        case (_, .request(let request)):
            return answer(request)
        default:
            return refuse(.outOfSequence)
        }
    }

    private mutating func answer(_ request: OdinRequest) -> [Action] {
        switch (phase, request) {
        case (.awaitingSession, .beginSession), (.idle, .beginSession):
            phase = .idle
            return reply(request, offersLargeParts ? 1 : 0)
        case (.awaitingSession, _):
            return refuse(.notInSession)
        case (.idle, .deviceType):
            return reply(request, 0)
        case (.idle, .totalBytes(let count)):
            announcedTotal = count
            return reply(request, 0)
        case (.idle, .filePartSize(let size)):
            partSize = Int(size)
            return reply(request, 0)
        case (.idle, .pitDump):
            phase = .dumpingPIT
            return reply(request, UInt32(pit.encoded().count))
        case (.dumpingPIT, .pitPart(let index)):
            let bytes = pit.encoded()
            let start = Int(index) * OdinWire.pitDumpPartLength
            guard start < bytes.count else { return refuse(.outOfSequence) }
            let end = min(bytes.count, start + OdinWire.pitDumpPartLength)
            // A zero-length transfer follows the last part, as on devices (Heimdall reads it).
            return [.send(Array(bytes[start..<end]))] + (end == bytes.count ? [.send([])] : [])
        case (.dumpingPIT, .pitEnd):
            phase = .idle
            return reply(request, 0)
        case (.idle, .fileFlash):
            phase = .fileTransfer
            return reply(request, 0)
        case (.fileTransfer, .sequenceStart(let count)):
            guard count > 0 else { return refuse(.badByteCount) }
            announcedSequenceBytes = Int(count)
            phase = .inSequence(partsLeft: (Int(count) + partSize - 1) / partSize)
            sequenceData = []
            sequencePartIndex = 0
            return reply(request, 0)
        case (.inSequence(0), .sequenceEnd(let end)):
            return endSequence(end, request: request)
        case (.idle, .endSession), (.fileTransfer, .endSession):
            phase = .ended
            return reply(request, 0)
        case (.ended, .reboot), (.ended, .rebootToDownload), (.ended, .shutdown),
             (.idle, .reboot), (.idle, .rebootToDownload), (.idle, .shutdown):
            phase = .ended
            return reply(request, 0) + [.leave(request)]
        case (_, .pitFlash), (_, .unknown):
            return refuse(.unsupported)
        default:
            return refuse(.outOfSequence)
        }
    }

    private mutating func endSequence(_ end: OdinSequenceEnd, request: OdinRequest) -> [Action] {
        let received = sequenceData.count
        guard Int(end.byteCount) <= received, Int(end.byteCount) > received - partSize else {
            phase = .fileTransfer
            return refuse(.badByteCount)
        }
        let known = pit.entries.contains { entry in
            entry.destination == end.destination && (end.destination == .cp || entry.identifier == end.partitionID)
        }
        guard known else {
            phase = .fileTransfer
            return refuse(.unknownPartition)
        }
        let data = Array(sequenceData.prefix(Int(end.byteCount)))
        sequenceData = []
        phase = end.isLast ? .idle : .fileTransfer
        return [.write(end, data)] + reply(request, 0)
    }

    private func reply(_ request: OdinRequest, _ value: UInt32) -> [Action] {
        [.send(OdinResponse.answer(request, value: value).encoded())]
    }

    private func refuse(_ code: RefusalCode) -> [Action] {
        [.send(OdinResponse.refused(code: code.rawValue).encoded())]
    }
}
