#ifndef VALISE_CLIBUSB_SHIM_H
#define VALISE_CLIBUSB_SHIM_H

// libusb-1.0 for Swift (USBHost only). pkg-config libusb-1.0 supplies -I/usr/include/libusb-1.0.
#include <libusb.h>

// libusb_set_option is variadic, which Swift cannot call: one wrapper per option used.
static inline int valise_libusb_set_log_level(libusb_context *context, int level) {
    return libusb_set_option(context, LIBUSB_OPTION_LOG_LEVEL, level);
}

// The hotplug "any" wildcard, as an int (the macro is an untyped -1).
static inline int valise_libusb_hotplug_match_any(void) {
    return LIBUSB_HOTPLUG_MATCH_ANY;
}

#endif
