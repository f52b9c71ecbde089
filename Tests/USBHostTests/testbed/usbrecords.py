"""USB descriptors and umockdev device records for emulated tablets and hubs.

A tablet is a composite device, like a real one: interface 0 is MTP (class 06/01/01,
three endpoints) and interface 1 is ADB (ff/42/01) or fastboot (ff/42/03) with one bulk
IN and one bulk OUT endpoint of 512 bytes (high speed). A Samsung tablet in Download mode
(04e8:685d) is a CDC device instead: interface 0 communication (02/02/01, one interrupt
endpoint), interface 1 CDC data (0a/00/00) with the two bulk endpoints.
"""

import struct

ADB_PRODUCT = 0x4EE7
FASTBOOT_PRODUCT = 0x4EE0
VENDOR = 0x18D1
SAMSUNG = 0x04E8
DOWNLOAD_MODE_PRODUCT = 0x685D
MAX_PACKET = 512
ADB_INTERFACE = 1
EP_IN = 0x82
EP_OUT = 0x02


def device_descriptor(device_class, vendor, product, strings=(1, 2, 3)):
    return struct.pack("<BBHBBBBHHHBBBB", 18, 1, 0x0200, device_class, 0, 0, 64,
                       vendor, product, 0x0100, strings[0], strings[1], strings[2], 1)


def interface(number, cls, sub, proto, endpoints):
    body = struct.pack("<BBBBBBBBB", 9, 4, number, 0, len(endpoints), cls, sub, proto, 0)
    for address, kind, size, interval in endpoints:
        body += struct.pack("<BBBBHB", 7, 5, address, kind, size, interval)
    return body


def configuration(interfaces, count):
    body = b"".join(interfaces)
    return struct.pack("<BBHBBBBB", 9, 2, 9 + len(body), count, 1, 0, 0x80, 250) + body


def download_mode_descriptors():
    comm = interface(0, 0x02, 0x02, 0x01, [(0x83, 3, 16, 9)])
    data = interface(ADB_INTERFACE, 0x0A, 0x00, 0x00, [(EP_IN, 2, MAX_PACKET, 0), (EP_OUT, 2, MAX_PACKET, 0)])
    return device_descriptor(0x02, SAMSUNG, DOWNLOAD_MODE_PRODUCT) + configuration([comm, data], 2)


def tablet_descriptors(fastboot):
    product = FASTBOOT_PRODUCT if fastboot else ADB_PRODUCT
    mtp = interface(0, 0x06, 0x01, 0x01, [(0x81, 2, MAX_PACKET, 0), (0x01, 2, MAX_PACKET, 0), (0x83, 3, 28, 6)])
    adb = interface(ADB_INTERFACE, 0xFF, 0x42, 0x03 if fastboot else 0x01,
                    [(EP_IN, 2, MAX_PACKET, 0), (EP_OUT, 2, MAX_PACKET, 0)])
    return device_descriptor(0, VENDOR, product) + configuration([mtp, adb], 2), product


def hub_descriptors():
    hub = interface(0, 0x09, 0, 0, [(0x81, 3, 1, 12)])
    return device_descriptor(0x09, 0x1D6B, 0x0002, strings=(0, 0, 0)) + configuration([hub], 1)


def string_descriptor(text):
    data = text.encode("utf-16-le")
    return bytes([2 + len(data), 3]) + data


def _record(syspath, devnum, descriptors, product, extra_attributes, extra_properties):
    node = "bus/usb/001/%03d" % devnum
    name = syspath.rsplit("/", 1)[-1]
    devpath = name.split("-", 1)[1] if "-" in name else "0"
    lines = [
        "P: " + syspath,
        "N: %s=%s" % (node, descriptors.hex().upper()),
        "E: DEVNAME=/dev/" + node,
        "E: DEVTYPE=usb_device",
        "E: SUBSYSTEM=usb",
        "E: BUSNUM=001",
        "E: DEVNUM=%03d" % devnum,
        "E: PRODUCT=%x/%x/100" % product,
    ] + ["E: %s=%s" % item for item in extra_properties] + [
        "A: busnum=1\\n",
        "A: devnum=%d\\n" % devnum,
        "A: speed=480\\n",
        "A: bConfigurationValue=1\\n",
        "A: devpath=%s\\n" % devpath,
        "A: dev=189:%d\\n" % (devnum - 1),
        "A: idVendor=%04x\\n" % product[0],
        "A: idProduct=%04x\\n" % product[1],
    ] + ["A: %s=%s\\n" % item for item in extra_attributes] + [
        "H: descriptors=" + descriptors.hex().upper(),
    ]
    return "\n".join(lines) + "\n"


def _interface_record(syspath, number, cls, sub, proto):
    return "\n".join([
        "P: %s:1.%d" % (syspath, number),
        "E: DEVTYPE=usb_interface",
        "E: SUBSYSTEM=usb",
        "E: INTERFACE=%d/%d/%d" % (cls, sub, proto),
        "A: bInterfaceNumber=%02x\\n" % number,
        "A: bInterfaceClass=%02x\\n" % cls,
        "A: bInterfaceSubClass=%02x\\n" % sub,
        "A: bInterfaceProtocol=%02x\\n" % proto,
    ]) + "\n"


def hub_record(syspath, devnum):
    """A high-speed hub (the root hub when syspath is /devices/usb1)."""
    return _record(syspath, devnum, hub_descriptors(), (0x1D6B, 0x0002), [("maxchild", "7")], [])


def tablet_record(syspath, devnum, serial, fastboot, odin=False):
    name = syspath.rsplit("/", 1)[-1]
    if odin:
        record = _record(syspath, devnum, download_mode_descriptors(), (SAMSUNG, DOWNLOAD_MODE_PRODUCT),
                         [("serial", serial), ("manufacturer", "SAMSUNG"), ("product", "SAMSUNG USB")],
                         [("ID_SERIAL_SHORT", serial)])
        return "\n".join([
            record,
            _interface_record("%s/%s" % (syspath, name), 0, 2, 2, 1),
            _interface_record("%s/%s" % (syspath, name), ADB_INTERFACE, 0x0A, 0, 0),
        ])
    descriptors, product = tablet_descriptors(fastboot)
    record = _record(syspath, devnum, descriptors, (VENDOR, product),
                     [("serial", serial), ("manufacturer", "Valise"), ("product", "Emulated tablet")],
                     [("ID_SERIAL_SHORT", serial)])
    return "\n".join([
        record,
        _interface_record("%s/%s" % (syspath, name), 0, 6, 1, 1),
        _interface_record("%s/%s" % (syspath, name), ADB_INTERFACE, 0xFF, 0x42, 3 if fastboot else 1),
    ])


def syspath_for(port_path):
    """'1-1.2' -> '/devices/usb1/1-1/1-1.2' (every intermediate hub included)."""
    bus, ports = port_path.split("-", 1)
    parts = ports.split(".")
    path = "/devices/usb" + bus
    for depth in range(1, len(parts) + 1):
        path += "/%s-%s" % (bus, ".".join(parts[:depth]))
    return path
