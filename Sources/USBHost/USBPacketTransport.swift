import ADB
import Foundation
import Synchronization
import Transports

/// ADB over a USB interface's bulk endpoints.
///
/// USB framing as AOSP hosts do it: the 24-byte header and the payload travel as separate
/// transfers; a payload that is a non-zero multiple of wMaxPacketSize is followed by a
/// zero-length packet (``USBBulkPipe`` does that); reads ask for exactly 24 bytes, then for
/// exactly the payload length (in as many transfers as the tablet uses). What arrives goes through the one
/// `ADBPacketDecoder`, which says how many bytes to ask for next.
///
/// Thread safety: one receiver at a time (`receiveLock`) and one sender at a time (`sendLock`),
/// each using its own pipe; `close()` may come from any thread: it shuts both pipes down,
/// which cancels their transfers in flight, so a blocked `receive` throws at once.
public final class USBPacketTransport: PacketTransport, @unchecked Sendable {
    /// "usb 1-2.3".
    public let address: String
    /// The interface in use.
    public let device: USBDeviceInfo
    private let handle: USBDeviceHandle
    private let input: USBBulkPipe
    private let output: USBBulkPipe
    private let sendLock = NSLock()
    private let receiveLock = NSLock()
    private var decoder = ADBPacketDecoder()
    private let maxPayload = Atomic<Int>(ADBProtocol.maxPayloadV1)
    private let closed = Atomic<Bool>(false)

    /// Opens `device`, claims its interface and prepares both pipes.
    ///
    /// Throws ``USBError/busy`` (another adb server holds it), ``USBError/access`` (no udev rule),
    /// ``USBError/noDevice`` (unplugged meanwhile).
    public convenience init(context: USBContext, device: USBDeviceInfo) throws(USBError) {
        try self.init(handle: try context.open(device))
    }

    /// Claims the interface of an open handle and prepares both pipes.
    public init(handle: USBDeviceHandle) throws(USBError) {
        try handle.claimInterface()
        self.handle = handle
        device = handle.info
        address = handle.info.address
        do {
            input = try handle.inputPipe()
            output = try handle.outputPipe()
        } catch {
            handle.close()
            throw error
        }
    }

    deinit { close() }

    public func send(_ packet: ADBPacket, withChecksum: Bool, timeout: Duration) throws {
        let header = packet.header(withChecksum: withChecksum)
        sendLock.lock()
        defer { sendLock.unlock() }
        let deadline = ContinuousClock.now + timeout
        do {
            try output.write(header, timeout: timeout)
            if !packet.payload.isEmpty {
                try output.write(packet.payload, timeout: max(.zero, deadline - ContinuousClock.now))
            }
        } catch {
            throw map(error, "sending \(packet.command)")
        }
    }

    public func receive(timeout: Duration?) throws -> ADBPacket {
        receiveLock.lock()
        defer { receiveLock.unlock() }
        let deadline = timeout.map { ContinuousClock.now + $0 }
        decoder.maxPayload = maxPayload.load(ordering: .relaxed)
        var emptyReads = 0
        do {
            while true {
                if let packet = try decoder.next() { return packet }
                let wanted = try decoder.bytesWanted()
                let inHeader = decoder.bufferedCount < ADBPacket.headerSize
                let remaining = deadline.map { max(.zero, $0 - ContinuousClock.now) }
                let chunk: [UInt8]
                do {
                    chunk = try input.read(maxLength: wanted, timeout: remaining)
                } catch {
                    throw map(error, inHeader ? "waiting for a packet" : "reading a packet's payload")
                }
                if chunk.isEmpty {
                    // A zero-length packet where data was expected: tolerated a few times, as adb does.
                    emptyReads += 1
                    guard emptyReads <= 8 else {
                        throw ADBProtocolError.truncated(expected: decoder.bufferedCount + wanted, received: decoder.bufferedCount)
                    }
                    continue
                }
                if inHeader && chunk.count < ADBPacket.headerSize && decoder.bufferedCount == 0 {
                    throw ADBProtocolError.truncated(expected: ADBPacket.headerSize, received: chunk.count)
                }
                decoder.append(chunk)
            }
        } catch let error as ADBProtocolError {
            throw TransportError.protocolViolation(error)
        }
    }

    public func setMaxPayload(_ maxPayload: Int) {
        self.maxPayload.store(maxPayload, ordering: .relaxed)
    }

    public func close() {
        guard !closed.exchange(true, ordering: .sequentiallyConsistent) else { return }
        input.shutdown()
        output.shutdown()
        handle.close()
    }

    private func map(_ error: USBError, _ what: String) -> TransportError {
        if closed.load(ordering: .sequentiallyConsistent) || error == .cancelled {
            return .disconnected("\(address): the connection was closed")
        }
        switch error {
        case .timeout: return .timedOut("\(address): \(what)")
        case .noDevice: return .disconnected("\(address): \(error)")
        default: return .disconnected("\(address): \(what): \(error)")
        }
    }
}
