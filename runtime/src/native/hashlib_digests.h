// Finding OpenSSL's digests by their Python names, for the functions of the native module
// `_hashlib` (hashlib_module.cpp, hmac_object.cpp). Mirrors py_digest_by_name,
// py_digest_by_digestmod, py_digest_name and _setException of CPython 3.11's
// Modules/_hashopenssl.c.
#pragma once

#include <openssl/evp.h>

#include <string>
#include <string_view>

#include "pyrt/object/object.h"

namespace pyrt::detail {

/// A digest fetched from OpenSSL's providers, released when done.
struct Digest {
  EVP_MD* md = nullptr;
  Digest() = default;
  Digest(const Digest&) = delete;
  Digest& operator=(const Digest&) = delete;
  ~Digest() { EVP_MD_free(md); }
};

/// _hashlib.UnsupportedDigestmodError, a ValueError.
TypeObject* unsupported_digestmod_error();

/// _setException: raises `type` with the reason OpenSSL queued ("[digital envelope routines]
/// unsupported"), or `fallback` when it queued none; clears OpenSSL's error queue.
[[noreturn]] void raise_openssl_error(TypeObject* type, const std::string& fallback);

/// py_digest_by_name: the digest named `name` (a Python name such as "sha3_256", or any name
/// OpenSSL knows); usedforsecurity=False fetches outside FIPS. UnsupportedDigestmodError when
/// there is none.
void fetch_digest(std::string_view name, bool usedforsecurity, Digest& out);

/// py_digest_name: the Python name of a digest ("sha256", "blake2b"), else OpenSSL's long name.
std::string digest_name(const EVP_MD* md);

/// The name py_digest_by_digestmod looks up for `digestmod`: a str, or one of the openssl_*
/// constructors; UnsupportedDigestmodError "Unsupported digestmod 5" otherwise.
std::string digestmod_name(const Object& digestmod);

/// _hashlib.hmac_new(key, msg=b'', digestmod=None), hmac_digest(key, msg, digest) and the HMAC
/// type (hmac_object.cpp).
Object hmac_new(const CallArgs& args);
Object hmac_digest(const CallArgs& args);
TypeObject* hmac_type();

}  // namespace pyrt::detail
