"""usbfs ioctls answered for one emulated tablet (a UMockdev.IoctlBase "handle-ioctl" handler).

Only what libusb 1.0.26 and Debian's adb (libusb backend) use. Runs in umockdev's worker
thread; state lives in tablet.Tablet under tablet.LOCK.
"""

import errno
import struct

from tablet import LOCK, VERBOSE, Urb, log
from usbrecords import string_descriptor, tablet_descriptors

CONTROL = 0xC0185500
SETINTERFACE = 0x80085504
SETCONFIGURATION = 0x80045505
GETDRIVER = 0x41045508
SUBMITURB = 0x8038550A
DISCARDURB = 0x550B
REAPURB = 0x4008550C
REAPURBNDELAY = 0x4008550D
CLAIMINTERFACE = 0x8004550F
RELEASEINTERFACE = 0x80045510
CONNECTINFO = 0x40085511
USBIOCTL = 0xC0105512
RESET = 0x5514
CLEAR_HALT = 0x80045515
GET_CAPABILITIES = 0x8004551A
DISCONNECT_CLAIM = 0x8108551B
GET_SPEED = 0x551F

# ZERO_PACKET | BULK_CONTINUATION | NO_PACKET_SIZE_LIM | BULK_SCATTER_GATHER | REAP_AFTER_DISCONNECT:
# libusb then sends every transfer as one URB, whatever its size.
CAPABILITIES = 0x1F
URB_SIZE = 56
TYPE_CONTROL, TYPE_BULK = 2, 3

NAMES = {value: name for name, value in globals().items() if isinstance(value, int) and name.isupper() and value > 0x5000}


def _pointer(data):
    return struct.unpack("<Q", bytes(data.retrieve())[:8])[0]


def _u32(data):
    return struct.unpack("<I", bytes(data.resolve(0, 4).retrieve())[:4])[0]


class UsbfsHandler:
    """Answers one device node's ioctls for `tablet`."""

    def __init__(self, tablet):
        self.tablet = tablet

    def attach(self, base):
        base.connect("handle-ioctl", self.handle)
        base.connect("client-vanished", self.vanished)

    def vanished(self, _base, client):
        with LOCK:
            self.tablet.release(client)
            self.tablet.urbs.pop(client, None)
            self.tablet.refresh_poll()

    def handle(self, _base, client):
        request = client.get_request()
        with LOCK:
            try:
                result, error = self._dispatch(client, request, client.get_arg())
            except Exception as exception:   # a testbed bug must not hang the client
                log("%s: ioctl %s failed in the testbed: %r" % (self.tablet.serial, NAMES.get(request, hex(request)), exception))
                result, error = -1, errno.EIO
            if VERBOSE and request not in (REAPURBNDELAY,):
                log("%s: %s -> %d/%d" % (self.tablet.serial, NAMES.get(request, hex(request)), result, error))
            client.complete(result, error)
            self.tablet.refresh_poll()
        return True

    def _dispatch(self, client, request, arg):
        tablet = self.tablet
        if request in (REAPURBNDELAY, REAPURB):
            return self._reap(client, arg, request == REAPURB)
        if tablet.gone:
            return -1, errno.ENODEV
        if request == SUBMITURB:
            return self._submit(client, arg)
        if request == DISCARDURB:
            address = _pointer(arg)
            for urb in tablet.urbs.get(client, []):
                if urb.address == address and not urb.done:
                    urb.finish(-errno.ENOENT)
                    return 0, 0
            return -1, errno.EINVAL
        if request in (CLAIMINTERFACE, DISCONNECT_CLAIM):
            error = tablet.claim(client, _u32(arg))
            return (-1, error) if error else (0, 0)
        if request == RELEASEINTERFACE:
            tablet.release(client, _u32(arg))
            return 0, 0
        if request == GET_CAPABILITIES:
            arg.resolve(0, 4).update(0, struct.pack("<I", CAPABILITIES))
            return 0, 0
        if request == CONNECTINFO:
            arg.resolve(0, 8).update(0, struct.pack("<IB3x", tablet.devnum, 0))
            return 0, 0
        if request == GET_SPEED:
            return 3, 0            # USB_SPEED_HIGH
        if request in (GETDRIVER, USBIOCTL):
            return -1, errno.ENODATA   # no kernel driver bound
        if request in (SETINTERFACE, SETCONFIGURATION, CLEAR_HALT, RESET):
            return 0, 0
        log("%s: unsupported ioctl %#x" % (tablet.serial, request))
        return -1, errno.ENOTTY

    def _submit(self, client, arg):
        address = _pointer(arg)          # before resolve(): DISCARDURB names the client's address
        data = arg.resolve(0, URB_SIZE)
        raw = bytes(data.retrieve())
        kind, endpoint = raw[0], raw[1]
        length = struct.unpack_from("<i", raw, 24)[0]
        buffer = data.resolve(16, length) if length > 0 else None
        urb = Urb(client, address, data, buffer, kind, endpoint, length)
        tablet = self.tablet
        if kind == TYPE_CONTROL:
            self._control(urb, bytes(buffer.retrieve()) if buffer else b"")
        elif kind == TYPE_BULK and not endpoint & 0x80:
            payload = bytes(buffer.retrieve()) if buffer else b""
            if not tablet.send_out(payload):
                urb.finish(-errno.EPROTO)
                tablet.urbs.setdefault(client, []).append(urb)
                tablet.lost_peer()
                return 0, 0
            urb.finish(0, length)
        elif kind != TYPE_BULK:
            return -1, errno.EINVAL
        tablet.urbs.setdefault(client, []).append(urb)
        tablet.progress()
        return 0, 0

    def _control(self, urb, buffer):
        if len(buffer) < 8:
            urb.finish(-errno.EPIPE)
            return
        request_type, request, value, _index, length = struct.unpack_from("<BBHHH", buffer)
        if not request_type & 0x80:
            urb.finish(0)            # SET_CONFIGURATION and friends: accepted
            return
        answer = None
        if request == 6:             # GET_DESCRIPTOR
            kind, index = value >> 8, value & 0xFF
            descriptors, _ = tablet_descriptors(self.tablet.fastboot)
            if kind == 1:
                answer = descriptors[:18]
            elif kind == 2:
                answer = descriptors[18:]
            elif kind == 3:
                strings = {0: b"\x04\x03\x09\x04", 1: string_descriptor("Valise"),
                           2: string_descriptor("Emulated tablet"), 3: string_descriptor(self.tablet.serial)}
                answer = strings.get(index)
        if answer is None:
            urb.finish(-errno.EPIPE)  # stall
            return
        answer = answer[:length]
        urb.finish(0, len(answer), answer, 8)

    def _reap(self, client, arg, blocking):
        urbs = self.tablet.urbs.get(client, [])
        for position, urb in enumerate(urbs):
            if urb.done:
                del urbs[position]
                if urb.result and urb.buffer is not None:
                    urb.buffer.update(urb.result_offset, urb.result)
                urb.data.update(4, struct.pack("<i", urb.status))
                urb.data.update(28, struct.pack("<i", urb.actual))
                arg.resolve(0, 8).set_ptr(0, urb.data)
                return 0, 0
        if self.tablet.gone:
            return -1, errno.ENODEV
        return -1, (errno.EINTR if blocking else errno.EAGAIN)
