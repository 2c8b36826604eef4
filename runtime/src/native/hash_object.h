// The hash objects of the native modules _hashlib, _md5, _sha1, _sha256 and _sha512, all over
// OpenSSL's EVP digests (libcrypto), as CPython 3.11's Modules/_hashopenssl.c is: update,
// digest, hexdigest, copy, name, digest_size and block_size, with CPython's errors.
#pragma once

#include <openssl/evp.h>

#include <string>

#include "pyrt/object/object.h"

namespace pyrt::detail {

/// A hash in progress: an EVP digest context it owns. `name` is what the object's `name`
/// attribute gives (py_digest_name for _hashlib, the fixed name for the builtin modules).
struct HashObject final : HeapObject {
  HashObject(TypeObject* type, std::string name);
  ~HashObject() override;
  HashObject(const HashObject&) = delete;
  HashObject& operator=(const HashObject&) = delete;

  EVP_MD_CTX* ctx;
  std::string name;

  /// "<sha256 _hashlib.HASH object @ 0x...>" for _hashlib's types (EVP_repr); the default
  /// repr for the builtin modules' types.
  Object repr() override;
};

/// What a hash type is: _hashlib.HASH (its own repr), _hashlib.HASHXOF (digest(length)), or
/// one of the builtin modules' types.
enum class HashKind : std::uint8_t { OpenSSL, OpenSSLXof, Builtin };

/// A hash type named `name` in `module` (CPython's tp_name MODULE.NAME) with the methods and
/// attributes of `kind`; not instantiable from Python. `base` is HASHXOF's HASH.
TypeObject* make_hash_type(const char* name, const char* module, HashKind kind, TypeObject* base = nullptr);

/// A new hash of `type` over digest `md` named `name`, fed `data` when bound (what the
/// constructors' `string` argument is: see update_hash).
Object new_hash(TypeObject* type, const EVP_MD* md, std::string name, const Object& data);

/// GET_BUFFER_VIEW_OR_ERROUT then EVP_DigestUpdate: TypeError "Strings must be encoded before
/// hashing" for a str, "object supporting the buffer API required" for a non-buffer.
void update_hash(HashObject* h, const Object& data);

/// _PyArg_UnpackKeywords' counts before any binding: "new() takes at most 3 arguments (4
/// given)" (`keyword arguments` when none is positional), then "new() takes at most 2
/// positional arguments (3 given)".
void check_clinic_counts(const CallArgs& args, const char* fname, std::size_t maxargs, std::size_t maxpos);

/// The `string` argument of the constructors (`string=b''` positional or keyword, then
/// keyword-only `usedforsecurity`), parsed as Argument Clinic does for `fname`; returns the data
/// (unbound when absent) and sets `usedforsecurity`.
Object hash_constructor_data(const CallArgs& args, const char* fname, bool& usedforsecurity);

}  // namespace pyrt::detail
