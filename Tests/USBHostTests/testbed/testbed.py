#!/usr/bin/python3
"""Runs a command with emulated Android tablets on USB (umockdev), each forwarding its ADB
bulk endpoints to a simulated tablet over TCP.

  testbed.py [--tablet SERIAL=HOST:PORT@1-1.2[,fastboot|,odin]]... [--spare SPEC]... [--busy SERIAL]... -- COMMAND ARGS

--tablet  a tablet plugged in from the start; its port path may be nested ("1-1.3": behind a hub)
--spare   a tablet plugged in only when asked (control file plug-SERIAL)
--busy    claiming that tablet's ADB interface fails with EBUSY (another program holds it)
--odd-maxdata  tablets announce maxdata - 1 in their CNXN when it is a multiple of 512, so that
          Debian's adb 29 (which mishandles zero-length packets) never writes such full packets

The command runs under umockdev's preload with VALISE_USB_TESTBED=1 and
VALISE_TESTBED_CONTROL=<folder>: creating <folder>/unplug-SERIAL unplugs a tablet (pending
transfers end as on a real unplug), <folder>/plug-SERIAL plugs a spare one in. The folder
then gets done-unplug-SERIAL / done-plug-SERIAL. The testbed exits with the command's status.
The TCP link to a tablet is opened when the host claims its ADB interface and closed on release.
"""

import argparse
import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

HINT = ("the USB testbed needs umockdev and its Python bindings: run "
        "`apt-get install umockdev libumockdev-dev gir1.2-umockdev-1.0 python3-gi` (Scripts/setup does it)")


def reexec_under_wrapper():
    if "libumockdev-preload" in os.environ.get("LD_PRELOAD", ""):
        return
    wrapper = shutil.which("umockdev-wrapper")
    if wrapper is None:
        sys.stderr.write("testbed: umockdev-wrapper not found; %s\n" % HINT)
        sys.exit(127)
    os.execv(wrapper, [wrapper, "/usr/bin/python3", os.path.abspath(__file__)] + sys.argv[1:])


reexec_under_wrapper()
sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
try:
    import gi
    gi.require_version("UMockdev", "1.0")
    from gi.repository import UMockdev
except (ImportError, ValueError) as error:
    sys.stderr.write("testbed: %s; %s\n" % (error, HINT))
    sys.exit(127)

from tablet import LOCK, Tablet, log                       # noqa: E402
from usbfs import UsbfsHandler                             # noqa: E402
from usbrecords import hub_record, syspath_for, tablet_record  # noqa: E402


def parse_tablet(spec, busy):
    try:
        serial, rest = spec.split("=", 1)
        address, place = rest.split("@", 1)
        options = place.split(",")
        host, port = address.rsplit(":", 1)
        tablet = Tablet(serial, host, int(port), options[0], fastboot="fastboot" in options[1:], busy=serial in busy,
                        odin="odin" in options[1:])
        for option in options[1:]:
            if option.startswith("reboots-to="):
                tablet.other_port = int(option.split("=", 1)[1])
            if option.startswith("download-to="):   # a Samsung tablet: Download mode answers there
                tablet.download_port = int(option.split("=", 1)[1])
                tablet.android_port = tablet.android_port or tablet.port
            if option.startswith("android-to="):    # plugged in Download mode: Android answers there
                tablet.android_port = int(option.split("=", 1)[1])
        return tablet
    except ValueError:
        raise SystemExit("testbed: bad tablet %r: expected SERIAL=HOST:PORT@1-1.2[,fastboot|,odin][,reboots-to=PORT][,download-to=PORT][,android-to=PORT]" % spec)


class Bed:
    """The umockdev testbed with its hubs and tablets."""

    def __init__(self, tablets):
        self.tb = UMockdev.Testbed.new()
        self.root = self.tb.get_root_dir()
        self.tablets = {tablet.serial: tablet for tablet in tablets}
        self.handlers = []
        self.next_devnum = 2
        self.hubs = set()
        # Held while the sysfs tree changes: a tablet leaving as the command ends (a reboot) must not send its
        # uevents into a tree being removed (umockdev aborts the testbed on a uevent for a missing device).
        self.sysfs = threading.Lock()
        self.closing = False
        self.tb.add_from_string(hub_record("/devices/usb1", 1))
        for tablet in tablets:
            tablet.syspath = syspath_for(tablet.port_path)
            tablet.devnum = self.allocate()
            tablet.lost_peer = lambda t=tablet: threading.Thread(target=self.peer_left, args=(t,), daemon=True).start()

    def allocate(self):
        devnum, self.next_devnum = self.next_devnum, self.next_devnum + 1
        return devnum

    def add_hubs(self, syspath):
        parts = syspath.split("/")
        for depth in range(4, len(parts)):   # /devices/usb1/1-1/1-1.2: hubs are every middle part
            hub = "/".join(parts[:depth])
            if hub not in self.hubs:
                self.hubs.add(hub)
                self.tb.add_from_string(hub_record(hub, self.allocate()))

    def plug(self, tablet):
        with self.sysfs:
            if not self.closing:
                self._plug(tablet)

    def _plug(self, tablet):
        with LOCK:
            if tablet.plugged:
                return
            tablet.plugged, tablet.gone = True, False
        self.add_hubs(tablet.syspath)
        node = "/dev/bus/usb/001/%03d" % tablet.devnum
        if not tablet.attached:          # a replugged tablet keeps its node and handler
            tablet.attached = True
            base = UMockdev.IoctlBase()
            handler = UsbfsHandler(tablet)
            handler.attach(base)
            self.handlers.append((base, handler))
            self.tb.attach_ioctl(node, base)
        # umockdev's remove_device() leaves the /sys/bus/usb/devices links behind: a replug would fail on them.
        name = tablet.syspath.rsplit("/", 1)[-1]
        for link in (name, name + ":1.0", name + ":1.1"):
            stale = os.path.join(self.root, "sys/bus/usb/devices", link)
            if os.path.lexists(stale):
                os.remove(stale)
        self.tb.add_from_string(tablet_record(tablet.syspath, tablet.devnum, tablet.serial, tablet.fastboot, tablet.odin))
        # A FIFO instead of the regular node file: no permanent POLLOUT, so libusb does not spin.
        path = self.root + node
        os.remove(path)
        os.mkfifo(path, 0o666)
        with LOCK:
            if tablet.fifo_fd >= 0:
                os.close(tablet.fifo_fd)
            tablet.fifo_fd = os.open(path, os.O_RDWR | os.O_NONBLOCK)
            tablet.refresh_poll()

    def peer_left(self, tablet):
        """The simulated tablet closed its side: unplugged, or (reboots-to=PORT) rebooting between Android and its
        bootloader, when it comes back on the same port with the other USB function (ADB <-> fastboot).

        A tablet in Download mode answers a reboot, then reboots: its answer reaches the host before it leaves the
        bus (heimdall fails a flash whose reboot confirmation it could not read), so the unplug waits until the
        host has read it, for at most 2 s."""
        deadline = time.monotonic() + 2
        while tablet.odin and time.monotonic() < deadline:
            with LOCK:
                if tablet.gone or not tablet.in_writes or tablet.claimed_by is None:
                    break
            time.sleep(0.01)
        self.unplug(tablet)
        if tablet.download_port:
            self.download_or_android(tablet)
            return
        if not tablet.other_port:
            return
        # The simulator's fastboot port answers only while it sits in its bootloader: that says which function comes back.
        fastboot_port = tablet.port if tablet.fastboot else tablet.other_port
        in_bootloader = False
        for _ in range(10):
            time.sleep(0.3)
            try:
                socket.create_connection((tablet.host, fastboot_port), timeout=1).close()
                in_bootloader = True
                break
            except OSError:
                continue
        if in_bootloader != tablet.fastboot:
            with LOCK:
                tablet.port, tablet.other_port = tablet.other_port, tablet.port
                tablet.fastboot = in_bootloader
        log("%s comes back as %s at %s" % (tablet.serial, "fastboot" if tablet.fastboot else "adb", tablet.port_path))
        self.plug(tablet)

    def download_or_android(self, tablet):
        """A Samsung tablet (download-to=PORT) comes back in Download mode (Odin) when its simulator's Download-mode
        port answers, else in Android (ADB), on the same port path."""
        in_download = False
        for _ in range(10):
            time.sleep(0.3)
            try:
                socket.create_connection((tablet.host, tablet.download_port), timeout=1).close()
                in_download = True
                break
            except OSError:
                continue
        with LOCK:
            tablet.port = tablet.download_port if in_download else tablet.android_port
            tablet.odin = tablet.fastboot = in_download
        log("%s comes back as %s at %s" % (tablet.serial, "odin" if in_download else "adb", tablet.port_path))
        self.plug(tablet)

    def unplug(self, tablet):
        with LOCK:
            if not tablet.plugged:
                return
            tablet.plugged = False
            tablet.unplug_urbs()
        sys_path = "/sys" + tablet.syspath
        name = tablet.syspath.rsplit("/", 1)[-1]
        with self.sysfs:
            if self.closing:
                return
            # umockdev 0.17.16's remove_device() sends no "remove" uevent: send them first.
            for number in (0, 1):
                self.tb.uevent("%s/%s:1.%d" % (sys_path, name, number), "remove")
            self.tb.uevent(sys_path, "remove")
            self.tb.remove_device(sys_path)
        log("%s unplugged from %s" % (tablet.serial, tablet.port_path))

    def watch_control(self, folder, stop):
        while not stop.is_set():
            for entry in sorted(os.listdir(folder)):
                action, _, serial = entry.partition("-")
                if action not in ("plug", "unplug"):
                    continue
                tablet = self.tablets.get(serial)
                try:
                    os.remove(os.path.join(folder, entry))
                    if tablet is None:
                        log("control: no tablet %r" % serial)
                    elif action == "plug":
                        self.plug(tablet)
                    else:
                        self.unplug(tablet)
                finally:
                    if os.path.isdir(folder):
                        open(os.path.join(folder, "done-" + entry), "w").close()
            stop.wait(0.05)


def set_parent_death_signal():
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGKILL)   # PR_SET_PDEATHSIG: the command dies with the testbed


def main():
    parser = argparse.ArgumentParser(description="emulated USB tablets (umockdev)")
    parser.add_argument("--tablet", action="append", default=[])
    parser.add_argument("--spare", action="append", default=[])
    parser.add_argument("--busy", action="append", default=[])
    parser.add_argument("--odd-maxdata", action="store_true")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    options = parser.parse_args()
    command = options.command[1:] if options.command[:1] == ["--"] else options.command
    if not command:
        parser.error("a command to run is required after --")
    plugged = [parse_tablet(spec, options.busy) for spec in options.tablet]
    spares = [parse_tablet(spec, options.busy) for spec in options.spare]
    for tablet in plugged + spares:
        tablet.odd_maxdata = options.odd_maxdata
    bed = Bed(plugged + spares)
    control = tempfile.mkdtemp(prefix="valise-testbed-")
    stop = threading.Event()
    child = None
    watcher = None
    try:
        for tablet in plugged:
            bed.plug(tablet)
        watcher = threading.Thread(target=bed.watch_control, args=(control, stop), daemon=True)
        watcher.start()
        environment = dict(os.environ, UMOCKDEV_DIR=bed.root, VALISE_USB_TESTBED="1", VALISE_TESTBED_CONTROL=control)
        child = subprocess.Popen(command, env=environment, preexec_fn=set_parent_death_signal)
        for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(number, lambda signum, _frame: child.send_signal(signum))
        status = child.wait()
    except FileNotFoundError as error:
        log("cannot run %s: %s" % (command[0], error))
        status = 127
    finally:
        stop.set()
        if watcher is not None:
            watcher.join(timeout=10)
        with LOCK:
            for tablet in bed.tablets.values():
                tablet.disconnect()
        shutil.rmtree(control, ignore_errors=True)
        with bed.sysfs:
            bed.closing = True
            shutil.rmtree(bed.root, ignore_errors=True)
    return status if status >= 0 else 128 - status


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)   # skip GLib finalisers that can hang at exit
