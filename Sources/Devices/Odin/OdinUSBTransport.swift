import Odin
import USBHost

/// Samsung Download mode over USB: the CDC data interface's bulk endpoints, one transfer per call, zero-length
/// transfers only where the protocol sends them (Heimdall's way, which devices expect).
///
/// Thread safety: one session uses it at a time; `close()` may come from any thread (it cancels transfers).
public final class OdinUSBTransport: OdinTransport, @unchecked Sendable {
    /// The device.
    public let info: USBDeviceInfo
    private let handle: USBDeviceHandle
    private let input: USBBulkPipe
    private let output: USBBulkPipe

    /// The Download-mode tablet on `portPath` ("1-3", "1-1.2"), if one is there: its slot stays its port.
    public static func find(in context: USBContext, portPath: String) throws -> USBDeviceInfo? {
        try context.devices().first { $0.kind == .odin && $0.portPathString == portPath }
    }

    /// Every Download-mode tablet on the bus.
    public static func all(in context: USBContext) throws -> [USBDeviceInfo] {
        try context.devices().filter { $0.kind == .odin }
    }

    /// Opens `device` and claims its data interface.
    public init(context: USBContext, device: USBDeviceInfo) throws {
        guard device.kind == .odin else { throw USBError.notFound }
        info = device
        handle = try context.open(device)
        try handle.claimInterface()
        input = try handle.inputPipe()
        output = try handle.outputPipe(zeroLengthPackets: false)
    }

    public func send(_ transfer: [UInt8], timeout: Duration) throws {
        try output.write(transfer, timeout: timeout)
    }

    /// A file part written straight into the OUT pipe's buffer.
    public func send(count: Int, timeout: Duration, fill: (UnsafeMutableRawBufferPointer) throws -> Void) throws {
        try output.write(count: count, timeout: timeout, fill: fill)
    }

    public func receive(timeout: Duration) throws -> [UInt8] {
        try input.read(maxLength: 64 << 10, timeout: timeout)
    }

    /// Cancels transfers and releases the interface.
    public func close() {
        input.shutdown()
        output.shutdown()
        handle.close()
    }
}
