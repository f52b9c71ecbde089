/*
 * CLibPQ shim for Valise: PostgreSQL's client library (libpq, Debian's libpq-dev).
 * Reached only through the District module's PostgresConnection.
 */
#ifndef VALISE_CLIBPQ_SHIM_H
#define VALISE_CLIBPQ_SHIM_H
#include <libpq-fe.h>
#endif
