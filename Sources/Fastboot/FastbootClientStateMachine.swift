/// The host side of one fastboot command: command sent → INFO/TEXT collected → OKAY value | FAIL reason |
/// DATA size → data phase → final OKAY/FAIL.
///
/// Sans-I/O: the caller sends and reads packets as the returned actions say.
public struct FastbootClientStateMachine: Sendable {
    /// Where the command is.
    public enum State: Sendable, Equatable {
        /// Not sent yet.
        case ready
        /// Sent; waiting for the first answer (which may be DATA).
        case awaitingResponse
        /// In the data phase of this many bytes.
        case transferring(FastbootDataDirection, count: Int)
        /// After the data phase; waiting for OKAY or FAIL.
        case awaitingFinalResponse
        /// OKAY received.
        case finished
        /// FAIL received or the device broke the protocol.
        case failed
    }

    /// What the caller does next.
    public enum Action: Sendable, Equatable {
        /// Send this packet, then read a response.
        case sendCommand([UInt8])
        /// Read the next response.
        case readResponse
        /// Show this INFO/TEXT message, then read the next response.
        case report(FastbootMessage)
        /// Send exactly this many bytes (any chunking), then call `dataSent()`.
        case sendData(count: Int)
        /// Read exactly this many bytes, then call `dataReceived()`.
        case receiveData(count: Int)
        /// The command succeeded; the OKAY text (a getvar value).
        case finished(String)
        /// The command failed.
        case failed(FastbootProtocolError)
    }

    /// The command.
    public let command: FastbootCommand
    /// Where it is.
    public private(set) var state: State = .ready
    /// Every INFO/TEXT message so far, in order.
    public private(set) var messages: [FastbootMessage] = []
    private let maxCommandLength: Int

    /// A state machine for `command`, refused if longer than `maxCommandLength` bytes.
    public init(command: FastbootCommand, maxCommandLength: Int = FastbootCommand.defaultMaxLength) {
        self.command = command
        self.maxCommandLength = maxCommandLength
    }

    /// The first action: the command packet to send (or why it cannot be sent).
    public mutating func start() -> Action {
        guard state == .ready else { return fail(.unexpectedEvent("the command was already started")) }
        do {
            let bytes = try command.encoded(maxLength: maxCommandLength)
            state = .awaitingResponse
            return .sendCommand(bytes)
        } catch {
            return fail(error)
        }
    }

    /// A response packet arrived.
    public mutating func received(_ packet: [UInt8]) -> Action {
        do {
            return received(try FastbootResponse(parsing: packet))
        } catch {
            return fail(error)
        }
    }

    /// A parsed response arrived.
    public mutating func received(_ response: FastbootResponse) -> Action {
        guard state == .awaitingResponse || state == .awaitingFinalResponse else {
            return fail(.unexpectedEvent("response \"\(response)\" while \(state)"))
        }
        switch response {
        case .info(let text):
            let message = FastbootMessage(kind: .info, text: text)
            messages.append(message)
            return .report(message)
        case .text(let text):
            let message = FastbootMessage(kind: .text, text: text)
            messages.append(message)
            return .report(message)
        case .okay(let value):
            state = .finished
            return .finished(value)
        case .fail(let reason):
            return fail(.remoteFailure(reason))
        case .data(let size):
            let offered = Int(size)
            guard state == .awaitingResponse, let direction = command.dataPhase else {
                return fail(.unexpectedData(expected: nil, offered: offered))
            }
            switch direction {
            case .toDevice(let wanted):
                guard wanted == offered else { return fail(.unexpectedData(expected: wanted, offered: offered)) }
                state = .transferring(direction, count: offered)
                return .sendData(count: offered)
            case .toHost:
                state = .transferring(direction, count: offered)
                return .receiveData(count: offered)
            }
        }
    }

    /// The host sent every byte of the data phase.
    public mutating func dataSent() -> Action {
        guard case .transferring(.toDevice, _) = state else { return fail(.unexpectedEvent("data sent while \(state)")) }
        state = .awaitingFinalResponse
        return .readResponse
    }

    /// The host read every byte of the data phase.
    public mutating func dataReceived() -> Action {
        guard case .transferring(.toHost, _) = state else { return fail(.unexpectedEvent("data received while \(state)")) }
        state = .awaitingFinalResponse
        return .readResponse
    }

    private mutating func fail(_ error: FastbootProtocolError) -> Action {
        state = .failed
        return .failed(error)
    }
}

/// An INFO or TEXT line from the device.
public struct FastbootMessage: Sendable, Equatable, CustomStringConvertible {
    /// INFO (a line) or TEXT (raw text).
    public enum Kind: Sendable, Equatable { case info, text }
    /// Which.
    public var kind: Kind
    /// The text.
    public var text: String

    /// Creates a message.
    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }

    /// "(bootloader) text" for INFO, as the AOSP host prints it; TEXT as is.
    public var description: String { kind == .info ? "(bootloader) \(text)" : text }
}
