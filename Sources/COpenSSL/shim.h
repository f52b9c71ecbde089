/*
 * COpenSSL shim for Valise.
 *
 * Swift cannot import C function-like macros, variadic functions or the
 * type-safe STACK_OF() helpers, so this header wraps the few we need in
 * small `static inline` functions prefixed `valise_`.
 *
 * Only the OpenSSL 3.0 API is exposed: deprecated interfaces (RSA_*, the
 * low-level SHA*_Init family, ...) are hidden so they cannot be used by
 * accident. Everything goes through EVP / X509 / CMS.
 */
#ifndef VALISE_COPENSSL_SHIM_H
#define VALISE_COPENSSL_SHIM_H

#ifndef OPENSSL_API_COMPAT
#define OPENSSL_API_COMPAT 30000
#endif
#ifndef OPENSSL_NO_DEPRECATED
#define OPENSSL_NO_DEPRECATED
#endif

#include <openssl/opensslv.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/cms.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#if OPENSSL_VERSION_MAJOR < 3
#error "Valise needs OpenSSL 3.0 or newer (apt-get install libssl-dev)"
#endif

/* ---- Constants built from nested macros (not importable as-is). ---- */

static const int VALISE_EVP_PKEY_PUBLIC_KEY = EVP_PKEY_PUBLIC_KEY;
static const int VALISE_MBSTRING_UTF8 = MBSTRING_UTF8;
/* RFC 2253 names, but UTF-8 passed through instead of escaped as \XX. */
static const unsigned long VALISE_XN_FLAG_RFC2253_UTF8 =
    XN_FLAG_RFC2253 & ~((unsigned long)ASN1_STRFLGS_ESC_MSB);

/*
 * Names with static storage. Some OpenSSL calls keep the `const char *` they
 * are given (OSSL_PARAM_BLD_push_* until to_param; EVP_PKEY_CTX_new_from_name
 * keeps the key type), but a Swift string argument is only valid during the
 * call, so such names must come from here.
 */
static inline const char *valise_name_rsa(void) { return "RSA"; }
static inline const char *valise_param_rsa_n(void) { return OSSL_PKEY_PARAM_RSA_N; }
static inline const char *valise_param_rsa_e(void) { return OSSL_PKEY_PARAM_RSA_E; }

/* ---- Memory / errors ---- */

static inline void valise_openssl_free(void *ptr) { OPENSSL_free(ptr); }

static inline int valise_err_get_lib(unsigned long e) { return ERR_GET_LIB(e); }
static inline int valise_err_get_reason(unsigned long e) { return ERR_GET_REASON(e); }

/* ---- BIO ---- */

/* Length of the data in a memory BIO; *data points into the BIO. */
static inline long valise_bio_get_mem_data(BIO *bio, char **data) {
    return BIO_get_mem_data(bio, data);
}

/* ---- BIGNUM ---- */

static inline int valise_bn_num_bytes(const BIGNUM *bn) { return BN_num_bytes(bn); }

/* ---- STACK_OF(X509) ---- */

static inline int valise_sk_X509_num(const STACK_OF(X509) *sk) { return sk_X509_num(sk); }
static inline X509 *valise_sk_X509_value(const STACK_OF(X509) *sk, int i) {
    return sk_X509_value(sk, i);
}
/* Frees the stack only (for CMS_get0_signers). */
static inline void valise_sk_X509_free(STACK_OF(X509) *sk) { sk_X509_free(sk); }
/* Frees the stack and every certificate in it (for CMS_get1_certs). */
static inline void valise_sk_X509_pop_free(STACK_OF(X509) *sk) { sk_X509_pop_free(sk, X509_free); }

/* ---- X.509 v3 extensions ---- */

/*
 * Adds one extension given in openssl.cnf syntax (e.g. "critical,CA:TRUE")
 * to `cert`, with `issuer` used for authorityKeyIdentifier ("keyid:always").
 * Returns 1 on success, 0 on failure (errors left on the OpenSSL queue).
 */
static inline int valise_x509_add_ext(X509 *cert, X509 *issuer, int nid, const char *value) {
    X509V3_CTX ctx;
    X509_EXTENSION *ext;
    int ok;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, NULL, NULL, 0);
    ext = X509V3_EXT_conf_nid(NULL, &ctx, nid, value);
    if (ext == NULL) return 0;
    ok = X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
    return ok;
}

#endif /* VALISE_COPENSSL_SHIM_H */
