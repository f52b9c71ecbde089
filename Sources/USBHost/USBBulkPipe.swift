import Foundation
internal import CLibUSB

/// One bulk endpoint with one asynchronous libusb transfer, reused for every read or write.
///
/// Transfers are submitted with `libusb_submit_transfer` and completed on the context's event
/// thread, whose C callback wakes the waiting caller. One read or write at a time per pipe
/// (callers serialise); ``shutdown()`` may come from any thread: it cancels the transfer in
/// flight and makes every later one fail with ``USBError/cancelled``.
///
/// Thread safety: `lock` guards `inFlight`, `isShutDown` and the completion fields; the
/// libusb transfer and its buffer are touched by the caller only while no transfer is in
/// flight, and by libusb only while one is.
public final class USBBulkPipe: @unchecked Sendable {
    /// The endpoint address.
    public let endpoint: UInt8
    /// wMaxPacketSize: OUT writes whose length is a non-zero multiple get a zero-length packet after them.
    public let maxPacketSize: Int
    /// Whether such writes get their zero-length packet (ADB, fastboot); Download mode sends its own on purpose.
    public let zeroLengthPackets: Bool
    private let handle: USBDeviceHandle
    private let transfer: UnsafeMutablePointer<libusb_transfer>
    private var buffer: UnsafeMutableRawPointer
    private var capacity: Int
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var inFlight = false
    private var isShutDown = false
    private var completedStatus = LIBUSB_TRANSFER_COMPLETED
    private var completedLength = 0

    init(handle: USBDeviceHandle, endpoint: UInt8, maxPacketSize: Int, zeroLengthPackets: Bool = true) throws(USBError) {
        guard let transfer = libusb_alloc_transfer(0) else { throw USBError.noMemory }
        self.handle = handle
        self.endpoint = endpoint
        self.maxPacketSize = max(1, maxPacketSize)
        self.zeroLengthPackets = zeroLengthPackets
        self.transfer = transfer
        capacity = 16 << 10
        buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
    }

    deinit {
        libusb_free_transfer(transfer)
        buffer.deallocate()
    }

    /// Writes `bytes` as one transfer, then a zero-length packet if its length is a non-zero
    /// multiple of `maxPacketSize`; returns `bytes.count` (the payload, never the ZLP's 0).
    @discardableResult
    public func write(_ bytes: UnsafeRawBufferPointer, timeout: Duration?) throws(USBError) -> Int {
        let deadline = timeout.map { ContinuousClock.now + $0 }
        reserve(bytes.count)
        if let base = bytes.baseAddress, bytes.count > 0 { buffer.copyMemory(from: base, byteCount: bytes.count) }
        return try sendBuffer(count: bytes.count, deadline: deadline)
    }

    /// Writes one transfer of `count` bytes that `fill` puts in place in the pipe's own buffer (a file part goes
    /// out without a copy of its own), with the same zero-length packet rule. An error `fill` throws comes out
    /// as it is, and nothing is sent.
    @discardableResult
    public func write(count: Int, timeout: Duration?, fill: (UnsafeMutableRawBufferPointer) throws -> Void) throws -> Int {
        let deadline = timeout.map { ContinuousClock.now + $0 }
        reserve(count)
        try fill(UnsafeMutableRawBufferPointer(start: buffer, count: count))
        return try sendBuffer(count: count, deadline: deadline)
    }

    /// Sends the buffer's first `count` bytes, then the zero-length packet if the rule asks for one.
    private func sendBuffer(count: Int, deadline: ContinuousClock.Instant?) throws(USBError) -> Int {
        let written = try run(length: count, deadline: deadline)
        guard written == count else { throw USBError.io }
        if zeroLengthPackets, count > 0, count % maxPacketSize == 0 {
            _ = try run(length: 0, deadline: deadline)
        }
        return count
    }

    /// Writes an array, with the same zero-length packet rule.
    @discardableResult
    public func write(_ bytes: [UInt8], timeout: Duration?) throws(USBError) -> Int {
        try write(bytes[...], timeout: timeout)
    }

    /// Writes part of an array (a packet's payload), with the same zero-length packet rule.
    @discardableResult
    public func write(_ bytes: ArraySlice<UInt8>, timeout: Duration?) throws(USBError) -> Int {
        let result: Result<Int, USBError> = bytes.withUnsafeBytes { raw in
            do throws(USBError) { return .success(try write(raw, timeout: timeout)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// Reads one transfer of at most `maxLength` bytes (it ends early on a short packet).
    public func read(maxLength: Int, timeout: Duration?) throws(USBError) -> [UInt8] {
        let deadline = timeout.map { ContinuousClock.now + $0 }
        reserve(maxLength)
        let count = try run(length: maxLength, deadline: deadline)
        return [UInt8](UnsafeRawBufferPointer(start: buffer, count: count))
    }

    /// Cancels the transfer in flight; this and every later transfer fail with ``USBError/cancelled``.
    public func shutdown() {
        lock.lock()
        defer { lock.unlock() }
        isShutDown = true
        if inFlight { _ = libusb_cancel_transfer(transfer) }
    }

    /// Submits one transfer of the buffer's first `length` bytes (reserved by the caller) and waits for its callback.
    private func run(length: Int, deadline: ContinuousClock.Instant?) throws(USBError) -> Int {
        var milliseconds: UInt32 = 0
        if let deadline {
            let left = (deadline - ContinuousClock.now).usbMilliseconds
            guard left > 0 else { throw USBError.timeout }
            milliseconds = UInt32(clamping: left)
        }
        lock.lock()
        if isShutDown {
            lock.unlock()
            throw USBError.cancelled
        }
        libusb_fill_bulk_transfer(transfer, handle.pointer, endpoint, buffer.assumingMemoryBound(to: UInt8.self),
                                  Int32(length), usbTransferCompleted, Unmanaged.passRetained(self).toOpaque(), milliseconds)
        let submitted = libusb_submit_transfer(transfer)
        if submitted < 0 {
            lock.unlock()
            Unmanaged.passUnretained(self).release()   // the callback will not come
            throw USBError(rawValue: submitted)
        }
        inFlight = true
        lock.unlock()
        done.wait()   // libusb enforces the timeout (and shutdown() cancels): the callback always comes
        lock.lock()
        let status = completedStatus, count = completedLength, shutDown = isShutDown
        lock.unlock()
        return try Self.result(status, count, shutDown: shutDown)
    }

    /// Makes the buffer hold at least `length` bytes (only while no transfer is in flight).
    private func reserve(_ length: Int) {
        guard length > capacity else { return }
        buffer.deallocate()
        capacity = max(length, capacity * 2)
        buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
    }

    /// Called on the event thread by the C callback.
    fileprivate func completed(status: libusb_transfer_status, length: Int) {
        lock.lock()
        completedStatus = status
        completedLength = length
        inFlight = false
        lock.unlock()
        done.signal()
    }

    private static func result(_ status: libusb_transfer_status, _ count: Int, shutDown: Bool) throws(USBError) -> Int {
        switch status {
        case LIBUSB_TRANSFER_COMPLETED: return count
        case LIBUSB_TRANSFER_TIMED_OUT: throw USBError.timeout
        case LIBUSB_TRANSFER_CANCELLED: throw shutDown ? USBError.cancelled : USBError.interrupted
        case LIBUSB_TRANSFER_STALL: throw USBError.pipe
        case LIBUSB_TRANSFER_NO_DEVICE: throw USBError.noDevice
        case LIBUSB_TRANSFER_OVERFLOW: throw USBError.overflow
        default: throw USBError.io
        }
    }
}

/// The C completion callback: no captures; `user_data` is the pipe, retained while the transfer flies.
///
/// The flight's reference is dropped on another queue: if it is the last one, the pipe's deinit
/// chain (closing the handle, even `libusb_exit`) must not run inside libusb's event handling.
private let usbTransferCompleted: libusb_transfer_cb_fn = { transfer in
    guard let transfer, let userData = transfer.pointee.user_data else { return }
    let flight = Unmanaged<USBBulkPipe>.fromOpaque(userData)
    // Borrowed (+0) here: the flight's own reference is released on the release queue only, so the
    // last release (and `libusb_close` in the handle's deinit) never runs inside event handling,
    // where it would wait for the events lock this thread holds.
    flight._withUnsafeGuaranteedRef { $0.completed(status: transfer.pointee.status, length: Int(transfer.pointee.actual_length)) }
    let reference = FlightReference(flight)
    usbReleaseQueue.async { reference.release() }
}

/// The reference a transfer holds on its pipe while in flight, handed to the release queue.
private struct FlightReference: @unchecked Sendable {
    let unmanaged: Unmanaged<USBBulkPipe>
    init(_ unmanaged: Unmanaged<USBBulkPipe>) { self.unmanaged = unmanaged }
    func release() { unmanaged.release() }
}

/// Where references that the event thread must not drop are released.
private let usbReleaseQueue = DispatchQueue(label: "valise.usb.release")

extension Duration {
    /// Whole milliseconds, rounded up (a non-zero wait never becomes libusb's 0 = forever).
    var usbMilliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
    }
}
