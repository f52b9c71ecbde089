#include <lz4frame.h>

/* LZ4F_isError as a function Swift can call for every LZ4F_* size_t result. */
static inline int clz4_is_error(size_t code) { return LZ4F_isError(code) ? 1 : 0; }
static inline const char *clz4_error_name(size_t code) { return LZ4F_getErrorName(code); }
static inline unsigned clz4_version(void) { return LZ4F_VERSION; }
