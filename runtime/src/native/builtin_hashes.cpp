// The native modules `_md5`, `_sha1`, `_sha256` and `_sha512`: CPython 3.11's own hash
// implementations (Modules/md5module.c, sha1module.c, sha256module.c, sha512module.c), here
// over libcrypto's digests, which compute the same values. Each constructor takes
// (string=b'', *, usedforsecurity=True) and makes an object of a final type such as
// _sha512.sha512, whose name attribute is the constructor's name.
#include <openssl/evp.h>

#include "hash_object.h"
#include "native.h"
#include "pyrt/object/import.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/module.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

/// One constructor of a builtin hash module: its name (also the type's and the hash's), the
/// module, the digest and the module's alias of the type (SHA256Type, ...), if any.
struct BuiltinHash {
  const char* name;
  const char* module;
  const EVP_MD* (*md)();
  const char* type_alias;
};

constexpr BuiltinHash kMd5{"md5", "_md5", EVP_md5, "MD5Type"};
constexpr BuiltinHash kSha1{"sha1", "_sha1", EVP_sha1, "SHA1Type"};
constexpr BuiltinHash kSha224{"sha224", "_sha256", EVP_sha224, "SHA224Type"};
constexpr BuiltinHash kSha256{"sha256", "_sha256", EVP_sha256, "SHA256Type"};
// sha512module.c adds its sha512 type as SHA384Type, and no SHA512Type.
constexpr BuiltinHash kSha384{"sha384", "_sha512", EVP_sha384, nullptr};
constexpr BuiltinHash kSha512{"sha512", "_sha512", EVP_sha512, "SHA384Type"};

template <const BuiltinHash& H>
TypeObject* builtin_hash_type() {
  static TypeObject* const t = detail::make_hash_type(H.name, H.module, detail::HashKind::Builtin);
  return t;
}

template <const BuiltinHash& H>
Object construct(const CallArgs& args) {
  bool usedforsecurity = true;
  Object data = detail::hash_constructor_data(args, H.name, usedforsecurity);
  return detail::new_hash(builtin_hash_type<H>(), H.md(), H.name, data);
}

template <const BuiltinHash& H>
void add_hash(const Object& m) {
  static const NativeFunctionDef rows[] = {{H.name, construct<H>, kOwnArgs, kOwnArgs}};
  module_add_functions(m, rows);
  if constexpr (H.type_alias != nullptr) module_add(m, H.type_alias, Object(builtin_hash_type<H>()));
}

}  // namespace

Object native::make_md5_module() {
  Object m = new_module("_md5");
  add_hash<kMd5>(m);
  return m;
}

Object native::make_sha1_module() {
  Object m = new_module("_sha1");
  add_hash<kSha1>(m);
  return m;
}

Object native::make_sha256_module() {
  Object m = new_module("_sha256");
  add_hash<kSha224>(m);
  add_hash<kSha256>(m);
  return m;
}

Object native::make_sha512_module() {
  Object m = new_module("_sha512");
  add_hash<kSha384>(m);
  add_hash<kSha512>(m);
  return m;
}

}  // namespace pyrt

void pystd_4_md5::register_module() { pyrt::register_module("_md5", pyrt::native::make_md5_module); }
void pystd_5_sha1::register_module() { pyrt::register_module("_sha1", pyrt::native::make_sha1_module); }
void pystd_7_sha256::register_module() { pyrt::register_module("_sha256", pyrt::native::make_sha256_module); }
void pystd_7_sha512::register_module() { pyrt::register_module("_sha512", pyrt::native::make_sha512_module); }
