import Foundation
import Synchronization
internal import CLibUSB

/// An open USB device: claims and releases the ADB (or fastboot) interface, and makes bulk pipes.
///
/// Thread safety: whether the interface is claimed and whether the handle was closed are one `Mutex<Claim>`, held
/// across the libusb claim and release calls (other libusb handle calls are thread-safe).
/// The libusb handle is closed in `deinit`, once no pipe (each keeps its handle alive) uses it.
public final class USBDeviceHandle: @unchecked Sendable {
    /// What was opened.
    public let info: USBDeviceInfo
    let context: USBContext
    let pointer: OpaquePointer

    private struct Claim {
        var claimed = false
        var closed = false
    }

    private let claim = Mutex(Claim())

    init(context: USBContext, handle: OpaquePointer, info: USBDeviceInfo) {
        self.context = context
        self.pointer = handle
        self.info = info
    }

    deinit {
        if claim.withLock({ $0.claimed }) { _ = libusb_release_interface(pointer, Int32(info.interfaceNumber)) }
        libusb_close(pointer)
    }

    /// Claims ``USBDeviceInfo/interfaceNumber`` (detaching a kernel driver if one is bound).
    ///
    /// Throws ``USBError/busy`` when another program (an adb server) holds the tablet.
    public func claimInterface() throws(USBError) {
        try claim.withLock { (claim: inout Claim) throws(USBError) in
            guard !claim.closed else { throw USBError.cancelled }
            guard !claim.claimed else { return }
            _ = libusb_set_auto_detach_kernel_driver(pointer, 1)
            try USBError.check(libusb_claim_interface(pointer, Int32(info.interfaceNumber)))
            claim.claimed = true
        }
    }

    /// Releases the interface so another program may claim it.
    public func releaseInterface() {
        claim.withLock { claim in
            guard claim.claimed else { return }
            claim.claimed = false
            _ = libusb_release_interface(pointer, Int32(info.interfaceNumber))
        }
    }

    /// Releases the interface; later claims fail. The device node itself closes when the last reference goes.
    public func close() {
        releaseInterface()
        claim.withLock { $0.closed = true }
    }

    /// Reads a string descriptor (the serial is ``USBDeviceInfo/serial`` already).
    public func stringDescriptor(_ index: UInt8) -> String? {
        USBEnumeration.readString(handle: pointer, index: index)
    }

    /// A pipe on the bulk IN endpoint.
    public func inputPipe() throws(USBError) -> USBBulkPipe {
        try USBBulkPipe(handle: self, endpoint: info.endpointIn, maxPacketSize: info.maxPacketSize)
    }

    /// A pipe on the bulk OUT endpoint (writes end with a zero-length packet when needed, unless `zeroLengthPackets`
    /// is false: Download mode's host sends its zero-length transfers itself).
    public func outputPipe(zeroLengthPackets: Bool = true) throws(USBError) -> USBBulkPipe {
        try USBBulkPipe(handle: self, endpoint: info.endpointOut, maxPacketSize: info.maxPacketSize, zeroLengthPackets: zeroLengthPackets)
    }
}
