"""The device side of one emulated tablet: its URB queues, the TCP link to a simulated
tablet, and the USB framing rules a real adbd sees.

All state is guarded by the testbed-wide LOCK: the ioctl handler (umockdev's worker
thread), the TCP reader threads and the control thread all take it.
"""

import collections
import errno
import os
import socket
import struct
import sys
import threading

from usbrecords import ADB_INTERFACE, MAX_PACKET

LOCK = threading.RLock()
DEVICE_READ_SIZE = 16384  # adbd's kUsbReadSize: the device reads OUT data in 16 KiB requests
VERBOSE = bool(os.environ.get("VALISE_TESTBED_VERBOSE"))


def log(message):
    sys.stderr.write("testbed: %s\n" % message)
    sys.stderr.flush()


class Urb:
    """One submitted URB, kept until the client reaps it."""

    def __init__(self, client, address, data, buffer, kind, endpoint, length):
        self.client, self.address, self.data, self.buffer = client, address, data, buffer
        self.kind, self.endpoint, self.length = kind, endpoint, length
        self.done = False
        self.status = 0
        self.actual = 0
        self.result = None        # bytes to copy into the buffer at reap time
        self.result_offset = 0

    def finish(self, status, actual=0, result=None, offset=0):
        self.done, self.status, self.actual, self.result, self.result_offset = True, status, actual, result, offset


class Tablet:
    """An emulated tablet: bulk OUT bytes go to a TCP peer, the peer's bytes come back on IN."""

    def __init__(self, serial, host, port, port_path, fastboot=False, busy=False, odin=False):
        self.serial, self.host, self.port, self.port_path = serial, host, port, port_path
        self.fastboot, self.busy, self.odin = fastboot or odin, busy, odin
        self.other_port = 0                      # reboots-to: the peer port of the other USB function
        self.download_port = 0                   # download-to: a Samsung tablet's Download-mode port (Odin)
        self.android_port = 0
        self.odd_maxdata = False
        self.devnum = 0
        self.syspath = ""
        self.fifo_fd = -1
        self.gone = False
        self.plugged = False
        self.attached = False
        self.claimed_by = None
        self.urbs = collections.OrderedDict()   # client -> [Urb] in submission order
        self.sock = None
        self.generation = 0
        self._reset_streams()

    def _reset_streams(self):
        self.in_writes = collections.deque()   # device writes not yet fully read (header, payload, ...)
        self.in_offset = 0
        self.tcp_buffer = bytearray()
        self.tcp_wanted_payload = 0
        self.out_chunk = bytearray()            # the device's current 16 KiB read request
        self.out_payload_left = 0               # bytes of payload adbd still expects (0: a header is next)

    # --- IN: data from the simulated tablet -------------------------------------------
    def _tcp_received(self, data):
        """Splits the peer's byte stream into device writes: header, then payload (as adbd writes).
        A fastboot tablet's peer speaks fastboot over TCP: each [u64 length][bytes] frame is one write.
        A Download-mode (Odin) tablet's peer uses the same frames, and an empty frame is a zero-length write."""
        self.tcp_buffer += data
        if self.fastboot:
            while len(self.tcp_buffer) >= 8:
                length = struct.unpack_from(">Q", self.tcp_buffer, 0)[0]
                if len(self.tcp_buffer) < 8 + length:
                    return
                if length or self.odin:
                    self.in_writes.append(bytes(self.tcp_buffer[8:8 + length]))
                del self.tcp_buffer[:8 + length]
            return
        while True:
            if self.tcp_wanted_payload:
                if len(self.tcp_buffer) < self.tcp_wanted_payload:
                    return
                self.in_writes.append(bytes(self.tcp_buffer[:self.tcp_wanted_payload]))
                del self.tcp_buffer[:self.tcp_wanted_payload]
                self.tcp_wanted_payload = 0
            if len(self.tcp_buffer) < 24:
                return
            header = bytes(self.tcp_buffer[:24])
            del self.tcp_buffer[:24]
            if self.odd_maxdata and header[:4] == b"CNXN":
                header = self._odd_maxdata(header)
            self.in_writes.append(header)
            self.tcp_wanted_payload = struct.unpack_from("<I", header, 12)[0]

    @staticmethod
    def _odd_maxdata(header):
        """Announces maxdata - 1 when it is a multiple of 512: Debian's adb 29 botches ZLP writes
        (usb-emulation.md), so it must never send full packets of such a size."""
        maxdata = struct.unpack_from("<I", header, 8)[0]
        if maxdata % 512:
            return header
        return header[:8] + struct.pack("<I", maxdata - 1) + header[12:]

    def complete_in(self, urb):
        """Completes a pending IN URB if the device writes allow it (USB packet rules, no ZLPs)."""
        if urb.length == 0:
            urb.finish(0)
            return True
        got = bytearray()
        index, pos, status = 0, self.in_offset, 0
        while True:
            if index >= len(self.in_writes):
                return False          # no short packet yet: the host's request stays open
            write = self.in_writes[index]
            room = urb.length - len(got)
            remaining = len(write) - pos
            if room < remaining:
                got += write[pos:pos + room]
                if room % MAX_PACKET:
                    status = -errno.EOVERFLOW   # babble: the device sent a longer packet, which is lost
                    pos = min(len(write), pos + room - room % MAX_PACKET + MAX_PACKET)
                else:
                    pos += room
                break
            got += write[pos:]
            index, pos = index + 1, 0
            if len(write) % MAX_PACKET or len(got) == urb.length or not write:
                break                 # short packet (or exactly full): the transfer ends
        for _ in range(index):
            self.in_writes.popleft()
        self.in_offset = pos
        urb.finish(status, len(got), bytes(got))
        return True

    # --- OUT: data for the simulated tablet -------------------------------------------
    def send_out(self, data):
        """Models adbd's 16 KiB reads (strict header check, as before Nov 2024), then forwards.
        A fastboot tablet forwards every transfer as one fastboot-over-TCP frame."""
        if self.odin:    # every transfer, zero-length ones too: the protocol sends them on purpose
            return self._forward(struct.pack(">Q", len(data)) + bytes(data))
        if self.fastboot:
            return self._forward(struct.pack(">Q", len(data)) + bytes(data)) if data else True
        packets = [data[i:i + MAX_PACKET] for i in range(0, len(data), MAX_PACKET)] or [b""]
        for packet in packets:
            self.out_chunk += packet
            if len(packet) < MAX_PACKET or len(self.out_chunk) == DEVICE_READ_SIZE:
                chunk, self.out_chunk = bytes(self.out_chunk), bytearray()
                if not self._device_read(chunk):
                    return False
        return True

    def _device_read(self, chunk):
        if not chunk:
            return True
        if self.out_payload_left == 0:
            if len(chunk) != 24:
                return self._violation("received packet of unexpected length while reading header (%d bytes)" % len(chunk))
            self.out_payload_left = struct.unpack_from("<I", chunk, 12)[0]
            if self.odd_maxdata and chunk[:4] == b"CNXN":
                chunk = self._odd_maxdata(chunk)   # so the tablet agrees to the odd size too
        elif len(chunk) > self.out_payload_left:
            return self._violation("received too many bytes while waiting for payload (%d > %d): a missing ZLP?"
                                   % (len(chunk), self.out_payload_left))
        else:
            self.out_payload_left -= len(chunk)
        return self._forward(chunk)

    def _forward(self, chunk):
        if self.sock is not None and chunk:
            try:
                self.sock.sendall(chunk)
            except OSError as error:
                log("%s: cannot forward to %s:%d: %s" % (self.serial, self.host, self.port, error))
        return True

    def _violation(self, message):
        log("%s: adbd would drop the connection: %s" % (self.serial, message))
        return False

    # --- TCP link, opened when the host claims the ADB interface ------------------------
    def connect(self):
        self.disconnect()
        try:
            self.sock = socket.create_connection((self.host, self.port), timeout=5)
            # A USB transfer goes out when it is submitted: no Nagle delay for small ones (an Odin zero-length
            # transfer then a control packet would otherwise wait for the peer's delayed acknowledgement).
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if self.fastboot and not self.odin:
                # Fastboot over TCP starts with "FB01" both ways (the bootloader's USB side has no such step).
                self.sock.sendall(b"FB01")
                answer = b""
                while len(answer) < 4:
                    more = self.sock.recv(4 - len(answer))
                    if not more:
                        raise OSError("the fastboot peer closed during the handshake")
                    answer += more
                if answer[:2] != b"FB":
                    raise OSError("the fastboot peer answered %r to the handshake" % answer)
            self.sock.settimeout(None)
        except OSError as error:
            log("%s: cannot reach the simulated tablet at %s:%d: %s" % (self.serial, self.host, self.port, error))
            self.sock = None
            return
        self.generation += 1
        threading.Thread(target=self._reader, args=(self.sock, self.generation), daemon=True).start()

    def disconnect(self):
        if self.sock is not None:
            try:
                self.sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            self.sock.close()
            self.sock = None
        self.generation += 1
        self._reset_streams()

    def _reader(self, sock, generation):
        while True:
            try:
                data = sock.recv(1 << 16)
            except OSError:
                data = b""
            with LOCK:
                if generation != self.generation:
                    return
                if not data:
                    log("%s: the simulated tablet closed the connection: unplugging" % self.serial)
                    self.lost_peer()
                    return
                self._tcp_received(data)
                self.progress()

    def lost_peer(self):
        """Overridden by the testbed: the device leaves the bus."""

    # --- URB bookkeeping --------------------------------------------------------------
    def progress(self):
        """Completes IN URBs that the received data allows, then updates the node's poll state."""
        client = self.claimed_by
        if client is not None and not self.gone:
            for urb in self.urbs.get(client, []):
                if not urb.done and urb.kind == 3 and urb.endpoint & 0x80:
                    if not self.complete_in(urb):
                        break
        self.refresh_poll()

    def reapable(self):
        return any(urb.done for urbs in self.urbs.values() for urb in urbs)

    def refresh_poll(self):
        """FIFO node trick: a full pipe means no POLLOUT (nothing to reap), an empty one wakes libusb."""
        if self.fifo_fd < 0:
            return
        if self.reapable():
            try:
                while os.read(self.fifo_fd, 1 << 16):
                    pass
            except BlockingIOError:
                pass
        else:
            block = b"\0" * 4096
            try:
                while True:
                    os.write(self.fifo_fd, block)
            except BlockingIOError:
                pass

    def unplug_urbs(self):
        """Every pending URB ends with -ESHUTDOWN (libusb: LIBUSB_TRANSFER_NO_DEVICE)."""
        self.gone = True
        for urbs in self.urbs.values():
            for urb in urbs:
                if not urb.done:
                    urb.finish(-errno.ESHUTDOWN)
        # The kernel drops a removed device's claims with it: a replugged tablet is free to claim again.
        self.claimed_by = None
        self.disconnect()
        self.refresh_poll()

    def claim(self, client, number):
        if number != ADB_INTERFACE:
            return 0
        if self.busy or (self.claimed_by is not None and self.claimed_by is not client):
            return errno.EBUSY
        if self.claimed_by is None:
            self.claimed_by = client
            self.connect()
        return 0

    def release(self, client, number=ADB_INTERFACE):
        if number == ADB_INTERFACE and self.claimed_by is client:
            self.claimed_by = None
            self.disconnect()
