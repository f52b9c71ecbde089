/// The host side of a Download-mode session, one operation at a time: handshake, begin session (and the part-size
/// negotiation), total bytes, PIT dump, a file's transfer in sequences, end session, reboot.
///
/// Sans-I/O: the caller performs each returned action and reports back with `sent()` or `received(_:)`.
public struct OdinHostStateMachine: Sendable {
    /// What the host wants done.
    public enum Operation: Sendable, Equatable {
        case handshake
        case beginSession
        case totalBytes(UInt64)
        case dumpPIT
        /// Send a file of `byteCount` bytes to the partition (its PIT entry).
        case flash(PITEntry, byteCount: Int)
        case endSession
        case reboot
    }

    /// What the caller does next.
    public enum Action: Sendable, Equatable {
        /// Send these bytes as one bulk transfer (an empty array: a zero-length transfer), then call `sent()`.
        case send([UInt8])
        /// Send the file's bytes `offset..<offset+count`, zero-padded to `paddedTo`, as one transfer; then `sent()`.
        case sendFile(offset: Int, count: Int, paddedTo: Int)
        /// Read from the device within `timeout`; hand the bytes to `received(_:)`.
        case receive(timeout: Duration)
        /// The operation is over.
        case finished(Outcome)
        /// The operation failed; the session cannot go on.
        case failed(OdinProtocolError)
    }

    /// What an operation gave.
    public enum Outcome: Sendable, Equatable {
        case done
        /// The session began with these transfer parameters.
        case session(OdinTransferParameters)
        /// The device's PIT.
        case pit(PIT)
    }

    private enum Check: Sendable, Equatable { case any, zero, sessionAnswer, pitSize, partIndex(UInt32), pitEnd }
    private enum Step: Sendable, Equatable {
        case out([UInt8])
        case file(offset: Int, count: Int, paddedTo: Int)
        case handshakeReply
        case response(request: String, type: UInt32, check: Check, timeout: Duration)
        case raw(count: Int)
    }

    /// The transfer parameters in use (set by the session's begin).
    public private(set) var parameters = OdinTransferParameters.standard
    /// Whether an operation is running.
    public var isBusy: Bool { cursor < steps.count || flashing != nil }
    /// Whether a sequence's start or parts are being sent: from its start to its last part sent (not the last
    /// part's acknowledgement, nor the sequence's end, when the device writes it).
    public var isSendingParts: Bool { partsEnd.map { cursor < $0 } ?? false }
    private var decoder = OdinResponseDecoder()
    private var steps: [Step] = []
    private var cursor = 0
    /// A file's sequences not laid out as steps yet: one sequence's steps at a time, so that a file of several
    /// GiB (thousands of parts) costs the steps of one sequence.
    private var flashing: (entry: PITEntry, sequences: ArraySlice<OdinSequence>)?
    /// Where the steps after the current sequence's last part start in `steps`.
    private var partsEnd: Int?
    private var pitBytes: [UInt8] = []
    private var outcome = Outcome.done
    private var broken: OdinProtocolError?
    private let timeout: Duration
    private let largeParameters: OdinTransferParameters
    private let sequenceLimit: Int?

    /// A host before the handshake; `timeout` bounds each answer (sequence ends get the session's longer one).
    /// `largeParameters` are used when the device allows larger parts (1 MiB × 30 unless a test asks otherwise).
    /// `sequenceLimit` caps a sequence's bytes (at least one part): a device takes any sequence up to its
    /// parameters' length, as it takes a file's last, shorter one.
    public init(timeout: Duration = .seconds(30), largeParameters: OdinTransferParameters = .large, sequenceLimit: Int? = nil) {
        self.timeout = timeout
        self.largeParameters = largeParameters
        self.sequenceLimit = sequenceLimit
        parameters = Self.capped(.standard, to: sequenceLimit)
    }

    private static func capped(_ parameters: OdinTransferParameters, to limit: Int?) -> OdinTransferParameters {
        guard let limit else { return parameters }
        var capped = parameters
        capped.partsPerSequence = min(parameters.partsPerSequence, max(1, limit / parameters.partSize))
        return capped
    }

    /// Starts an operation; its first action.
    public mutating func start(_ operation: Operation) -> Action {
        if let broken { return .failed(broken) }
        guard !isBusy else { return fail(.outOfSequence("\(operation) started while another operation runs")) }
        steps = []
        cursor = 0
        flashing = nil
        partsEnd = nil
        outcome = .done
        switch operation {
        case .handshake:
            steps = [.out(OdinWire.handshake), .handshakeReply]
        case .beginSession:
            exchange(.beginSession, check: .sessionAnswer)
        case .totalBytes(let count):
            exchange(.totalBytes(count), check: .zero)
        case .dumpPIT:
            pitBytes = []
            exchange(.pitDump, check: .pitSize)
        case let .flash(entry, byteCount):
            // Only each sequence's size goes on the wire (32 bits, at most parts × part size): a file may be larger.
            guard byteCount >= 0 else { return fail(.badSize("a file of \(byteCount) bytes")) }
            exchange(.fileFlash, check: .any)
            flashing = (entry, parameters.sequences(forFileOf: byteCount)[...])
            appendNextSequence()
        case .endSession:
            exchange(.endSession, check: .any)
        case .reboot:
            exchange(.reboot, check: .any)
        }
        return advance()
    }

    /// The last send finished.
    public mutating func sent() -> Action {
        if let broken { return .failed(broken) }
        guard cursor < steps.count else { return fail(.outOfSequence("sent() with nothing to send")) }
        switch steps[cursor] {
        case .out, .file: cursor += 1
        default: return fail(.outOfSequence("sent() while waiting for the device"))
        }
        return advance()
    }

    /// Bytes arrived from the device (any chunking; a zero-length transfer is an empty array).
    public mutating func received<C: Collection>(_ bytes: C) -> Action where C.Element == UInt8 {
        if let broken { return .failed(broken) }
        decoder.append(bytes)
        return advance()
    }

    private mutating func exchange(_ request: OdinRequest, check: Check, timeout: Duration? = nil,
                                   emptyAround: Bool = false) {
        if emptyAround { steps.append(.out([])) }
        steps.append(.out(request.encoded()))
        if emptyAround { steps.append(.out([])) }
        steps.append(.response(request: request.description, type: request.responseType, check: check,
                               timeout: timeout ?? self.timeout))
    }

    /// Lays out the next sequence of the file being flashed as steps.
    private mutating func appendNextSequence() {
        guard let (entry, sequences) = flashing, let sequence = sequences.first else {
            flashing = nil
            return
        }
        let rest = sequences.dropFirst()
        flashing = rest.isEmpty ? nil : (entry, rest)
        exchange(.sequenceStart(UInt32(sequence.partCount * parameters.partSize)), check: .any)
        for part in 0..<sequence.partCount {
            if part > 0 { steps.append(.out([])) }
            let offset = sequence.offset + part * parameters.partSize
            let count = max(0, min(parameters.partSize, sequence.offset + sequence.byteCount - offset))
            steps.append(.file(offset: offset, count: count, paddedTo: parameters.partSize))
            partsEnd = steps.count
            steps.append(.response(request: "part \(part)", type: OdinWire.typePartAcknowledged,
                                   check: .partIndex(UInt32(part)), timeout: timeout))
        }
        let end = OdinSequenceEnd(destination: entry.destination, byteCount: UInt32(sequence.byteCount),
                                  deviceType: entry.deviceType, partitionID: entry.identifier, isLast: sequence.isLast)
        exchange(.sequenceEnd(end), check: .any, timeout: parameters.sequenceTimeout, emptyAround: true)
    }

    private mutating func advance() -> Action {
        while true {
            if cursor == steps.count {
                guard flashing != nil else { break }
                steps.removeAll(keepingCapacity: true)   // the sequence done: its steps go
                cursor = 0
                appendNextSequence()
            }
            switch steps[cursor] {
            case .out(let bytes): return .send(bytes)
            case let .file(offset, count, paddedTo): return .sendFile(offset: offset, count: count, paddedTo: paddedTo)
            case .handshakeReply, .response, .raw:
                if case .raw(let count) = steps[cursor] { decoder.expectRaw(count) }
                let message: OdinDeviceMessage?
                do { message = try decoder.next() } catch { return fail(error) }
                guard let message else {
                    if case .response(_, _, _, let wait) = steps[cursor] { return .receive(timeout: wait) }
                    return .receive(timeout: timeout)
                }
                if let error = accept(message) { return fail(error) }
            }
        }
        return .finished(outcome)
    }

    /// Checks one message against the current step and moves on (possibly adding steps).
    private mutating func accept(_ message: OdinDeviceMessage) -> OdinProtocolError? {
        let step = steps[cursor]
        cursor += 1
        switch (step, message) {
        case (.handshakeReply, .handshakeReply):
            return nil
        case (.raw, .raw(let bytes)):
            pitBytes += bytes
            return nil
        case let (.response(request, type, check, _), .response(response)):
            if response.isRefusal { return .refused(request: request, code: response.value) }
            guard response.type == type else { return .unexpectedResponse(request: request, response: response) }
            return checked(check, response: response, request: request)
        default:
            return .outOfSequence("unexpected \(message) from the device")
        }
    }

    private mutating func checked(_ check: Check, response: OdinResponse, request: String) -> OdinProtocolError? {
        switch check {
        case .any:
            return nil
        case .zero:
            return response.value == 0 ? nil : .unexpectedResponse(request: request, response: response)
        case .partIndex(let index):
            return response.value == index ? nil : .wrongPartIndex(expected: index, received: response.value)
        case .sessionAnswer:
            parameters = Self.capped(response.value == 0 ? .standard : largeParameters, to: sequenceLimit)
            outcome = .session(parameters)
            if response.value != 0 {
                let request = OdinRequest.filePartSize(UInt32(parameters.partSize))
                steps.insert(contentsOf: [.out(request.encoded()),
                                          .response(request: request.description, type: OdinWire.typeSession,
                                                    check: .zero, timeout: timeout)], at: cursor)
            }
            return nil
        case .pitSize:
            let size = Int(response.value)
            guard size >= PIT.headerLength, size <= 1 << 20 else { return .badPIT("the device announced \(size) bytes") }
            var added: [Step] = []
            for (index, start) in stride(from: 0, to: size, by: OdinWire.pitDumpPartLength).enumerated() {
                added += [.out(OdinRequest.pitPart(UInt32(index)).encoded()),
                          .raw(count: min(OdinWire.pitDumpPartLength, size - start))]
            }
            let end = OdinRequest.pitEnd(0)
            added += [.out(end.encoded()),
                      .response(request: end.description, type: OdinWire.typePIT, check: .pitEnd, timeout: timeout)]
            steps.insert(contentsOf: added, at: cursor)
            return nil
        case .pitEnd:
            do { outcome = .pit(try PIT(parsing: pitBytes)) } catch { return error }
            return nil
        }
    }

    private mutating func fail(_ error: OdinProtocolError) -> Action {
        broken = error
        return .failed(error)
    }
}
