// The native module `_hashlib`, OpenSSL's digests as CPython 3.11's Modules/_hashopenssl.c
// offers them: new, the openssl_* constructors, pbkdf2_hmac, compare_digest,
// openssl_md_meth_names, get_fips_mode, the HASH and HASHXOF types, UnsupportedDigestmodError
// and the HMAC functions (hmac_object.cpp), with CPython's names for OpenSSL's digests
// (py_hashes).
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>

#include <climits>
#include <string>
#include <string_view>
#include <utility>

#include "../object/internal.h"
#include "hash_object.h"
#include "hashlib_digests.h"
#include "native.h"
#include "pyrt/object/import.h"
#include "pyrt/object/buffer.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/mappingproxy.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/set.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

using detail::Digest;
using detail::fetch_digest;
using detail::digest_name;
using detail::raise_openssl_error;
using detail::type_error;
using detail::unsupported_digestmod_error;

/// A row of py_hashes: the Python name, OpenSSL's name to fetch and its NID. The first
/// kConstructors rows have an openssl_<name> constructor.
struct HashEntry {
  const char* py_name;
  const char* ossl_name;
  int nid;
};

constexpr HashEntry kHashes[] = {
    {"md5", "MD5", NID_md5},
    {"sha1", "SHA1", NID_sha1},
    {"sha224", "SHA224", NID_sha224},
    {"sha256", "SHA256", NID_sha256},
    {"sha384", "SHA384", NID_sha384},
    {"sha512", "SHA512", NID_sha512},
    {"sha3_224", "SHA3-224", NID_sha3_224},
    {"sha3_256", "SHA3-256", NID_sha3_256},
    {"sha3_384", "SHA3-384", NID_sha3_384},
    {"sha3_512", "SHA3-512", NID_sha3_512},
    {"shake_128", "SHAKE128", NID_shake128},
    {"shake_256", "SHAKE256", NID_shake256},
    {"sha512_224", "SHA512-224", NID_sha512_224},
    {"sha512_256", "SHA512-256", NID_sha512_256},
    {"blake2s", "BLAKE2s256", NID_blake2s256},
    {"blake2b", "BLAKE2b512", NID_blake2b512},
};

constexpr std::size_t kConstructors = 12;

// The module's _constructors: each openssl_* function with its digest's name.
const Object& constructors() {
  static const Object dict = new_dict();
  return dict;
}

TypeObject* hash_type() {
  static TypeObject* const t = detail::make_hash_type("HASH", "_hashlib", detail::HashKind::OpenSSL);
  return t;
}

TypeObject* hash_xof_type() {
  static TypeObject* const t =
      detail::make_hash_type("HASHXOF", "_hashlib", detail::HashKind::OpenSSLXof, hash_type());
  return t;
}

}  // namespace

TypeObject* detail::unsupported_digestmod_error() {
  static TypeObject* const t = [] {
    Object ns = new_dict();
    dict_set(ns, intern("__module__"), str_from("_hashlib"));
    Object name = str_from("UnsupportedDigestmodError");
    return make_class(name, name, tuple_of({Object(exc::ValueError)}), ns);
  }();
  return t;
}

void detail::raise_openssl_error(TypeObject* type, const std::string& fallback) {
  unsigned long code = ERR_peek_last_error();
  ERR_clear_error();
  if (code == 0) raise_error(type, fallback);
  const char* lib = ERR_lib_error_string(code);
  const char* reason = ERR_reason_error_string(code);
  std::string text = reason != nullptr ? reason : "";
  raise(new_exception(type, lib != nullptr ? "[" + std::string(lib) + "] " + text : text));
}

void detail::fetch_digest(std::string_view name, bool usedforsecurity, Digest& out) {
  std::string ossl(name);
  for (const HashEntry& e : kHashes)
    if (name == e.py_name) ossl = e.ossl_name;
  ERR_clear_error();
  out.md = EVP_MD_fetch(nullptr, ossl.c_str(), usedforsecurity ? nullptr : "-fips");
  if (out.md == nullptr) raise_openssl_error(unsupported_digestmod_error(), "unsupported hash type " + ossl);
}

std::string detail::digest_name(const EVP_MD* md) {
  int nid = EVP_MD_get_type(md);
  for (const HashEntry& e : kHashes)
    if (e.nid == nid) return e.py_name;
  const char* name = OBJ_nid2ln(nid);
  if (name == nullptr) name = OBJ_nid2sn(nid);
  return name != nullptr ? name : "";
}

// py_digest_by_digestmod's name: a str, or the name of one of the openssl_* constructors.
std::string detail::digestmod_name(const Object& digestmod) {
  if (is_str(digestmod)) return std::string(str_view(digestmod));
  Object name = dict_get(constructors(), digestmod);
  if (name.is_unbound()) {
    raise(new_exception(unsupported_digestmod_error(), "Unsupported digestmod " + repr_text(digestmod)));
  }
  return std::string(str_view(name));
}

namespace {

Object make_evp_hash(const Digest& d, const Object& data) {
  bool xof = (EVP_MD_get_flags(d.md) & EVP_MD_FLAG_XOF) != 0;
  return detail::new_hash(xof ? hash_xof_type() : hash_type(), d.md, digest_name(d.md), data);
}

// new(name, string=b'', *, usedforsecurity=True): the name must be a str without NUL.
Object f_new(const CallArgs& args) {
  detail::check_clinic_counts(args, "new", 3, 2);
  Object a[3];
  parse_args(args, "new", {"name", "string", "usedforsecurity"}, 2, 1, a);
  if (!is_str(a[0]) || str_view(a[0]).find('\0') != std::string_view::npos) type_error("name must be a string");
  Digest d;
  fetch_digest(str_view(a[0]), a[2].is_unbound() || truthy(a[2]), d);
  return make_evp_hash(d, a[1]);
}

// openssl_md5 and its siblings: one constructor per entry, named openssl_<py_name>.
template <std::size_t I>
Object f_openssl(const CallArgs& args) {
  static const std::string fname = std::string("openssl_") + kHashes[I].py_name;
  bool usedforsecurity = true;
  Object data = detail::hash_constructor_data(args, fname.c_str(), usedforsecurity);
  Digest d;
  fetch_digest(kHashes[I].py_name, usedforsecurity, d);
  return make_evp_hash(d, data);
}

// A C long argument (Argument Clinic's `long`): __index__, OverflowError beyond 64 bits.
std::int64_t long_argument(const Object& x) {
  std::int64_t v;
  if (!int_to_int64(number_index(x), v)) raise_error(exc::OverflowError, "Python int too large to convert to C long");
  return v;
}

std::string_view buffer_argument(const Object& x) {
  std::string_view view;
  if (!bytes_like_view(x, view)) type_error("a bytes-like object is required, not '" + type_name_text(x) + "'");
  return view;
}

// pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None), pbkdf2_hmac_impl's checks in
// its order: the digest, the iteration count, then the key length.
Object f_pbkdf2_hmac(const CallArgs& args) {
  Object a[5];
  parse_args(args, "pbkdf2_hmac", {"hash_name", "password", "salt", "iterations", "dklen"}, 5, 4, a);
  if (!is_str(a[0])) type_error("pbkdf2_hmac() argument 'hash_name' must be str, not " + type_name_text(a[0]));
  std::string_view password = buffer_argument(a[1]);
  std::string_view salt = buffer_argument(a[2]);
  std::int64_t iterations = long_argument(a[3]);
  Digest d;
  fetch_digest(str_view(a[0]), true, d);
  if (iterations < 1) detail::value_error("iteration value must be greater than 0.");
  if (iterations > INT_MAX) raise_error(exc::OverflowError, "iteration value is too great.");
  std::int64_t dklen = a[4].is_unbound() || a[4].is_none() ? EVP_MD_get_size(d.md) : long_argument(a[4]);
  if (dklen < 1) detail::value_error("key length must be greater than 0.");
  if (dklen > INT_MAX) raise_error(exc::OverflowError, "key length is too great.");
  std::string key(static_cast<std::size_t>(dklen), '\0');
  int ok = PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                             reinterpret_cast<const unsigned char*>(salt.data()), static_cast<int>(salt.size()),
                             static_cast<int>(iterations), d.md, static_cast<int>(dklen),
                             reinterpret_cast<unsigned char*>(key.data()));
  if (ok != 1) raise_openssl_error(exc::ValueError, "no reason supplied");
  return bytes_from(key);
}

// scrypt's n, r and p (object(subclass_of=int), then PyLong_AsUnsignedLong, whose failure,
// an absent argument's included, is "n is required and must be an unsigned int").
std::uint64_t scrypt_parameter(const Object& x, const char* name) {
  if (!x.is_unbound() && !is_int(x)) {
    type_error(std::string("scrypt() argument '") + name + "' must be int, not " +
               (x.is_none() ? "None" : type_name_text(x)));
  }
  bool fits = false;
  std::uint64_t v = 0;
  if (!x.is_unbound() && int_sign(x) >= 0) {
    mpz_t z;
    mpz_init(z);
    int_to_mpz(x, z);
    fits = mpz_sizeinbase(z, 2) <= 64;
    if (fits && mpz_sgn(z) > 0) mpz_export(&v, nullptr, -1, sizeof v, 0, 0, z);
    mpz_clear(z);
  }
  if (!fits) type_error(std::string(name) + " is required and must be an unsigned int");
  return v;
}

// scrypt(password, *, salt=None, n=None, r=None, p=None, maxmem=0, dklen=64), with
// _hashlib_scrypt_impl's checks in its order; OpenSSL judges the combination of n, r, p and
// maxmem, in its own words when it gives any.
Object f_scrypt(const CallArgs& args) {
  std::size_t given = args.npos + args.nkw;
  if (given > 7) type_error("scrypt() takes at most 7 arguments (" + std::to_string(given) + " given)");
  if (args.npos > 1) {
    type_error("scrypt() takes exactly 1 positional argument (" + std::to_string(args.npos) + " given)");
  }
  Object a[7];
  parse_args(args, "scrypt", {"password", "salt", "n", "r", "p", "maxmem", "dklen"}, 1, 1, a);
  std::string_view password = buffer_argument(a[0]);
  std::string_view salt = a[1].is_unbound() ? std::string_view() : buffer_argument(a[1]);
  for (int i = 2; i <= 4; ++i) {
    if (!a[i].is_unbound() && !is_int(a[i])) scrypt_parameter(a[i], i == 2 ? "n" : i == 3 ? "r" : "p");
  }
  std::int64_t maxmem = a[5].is_unbound() ? 0 : long_argument(a[5]);
  std::int64_t dklen = a[6].is_unbound() ? 64 : long_argument(a[6]);
  if (a[1].is_unbound()) type_error("salt is required");
  std::uint64_t n = scrypt_parameter(a[2], "n");
  if (n < 2 || (n & (n - 1)) != 0) detail::value_error("n must be a power of 2.");
  std::uint64_t r = scrypt_parameter(a[3], "r");
  std::uint64_t p = scrypt_parameter(a[4], "p");
  if (maxmem < 0 || maxmem > INT_MAX) {
    detail::value_error("maxmem must be positive and smaller than " + std::to_string(INT_MAX));
  }
  if (dklen < 1 || dklen > INT_MAX) {
    detail::value_error("dklen must be greater than 0 and smaller than " + std::to_string(INT_MAX));
  }
  auto mem = static_cast<std::uint64_t>(maxmem);
  ERR_clear_error();
  if (EVP_PBE_scrypt(nullptr, 0, nullptr, 0, n, r, p, mem, nullptr, 0) != 1) {
    raise_openssl_error(exc::ValueError, "Invalid parameter combination for n, r, p, maxmem.");
  }
  std::string key(static_cast<std::size_t>(dklen), '\0');
  if (EVP_PBE_scrypt(password.data(), password.size(), reinterpret_cast<const unsigned char*>(salt.data()),
                     salt.size(), n, r, p, mem, reinterpret_cast<unsigned char*>(key.data()), key.size()) != 1) {
    raise_openssl_error(exc::ValueError, "no reason supplied");
  }
  return bytes_from(key);
}

Object f_get_fips_mode(const CallArgs&) { return Object::from_int(EVP_default_properties_is_fips_enabled(nullptr)); }

// _openssl_hash_name_mapper over EVP_MD_do_all_provided: the Python name of every digest the
// loaded providers offer.
Object md_meth_names() {
  Object names = set_of({});
  EVP_MD_do_all_provided(
      nullptr,
      [](EVP_MD* md, void* arg) { set_add(*static_cast<Object*>(arg), str_from(digest_name(md))); }, &names);
  return set_from_iterable(names, true);
}

template <std::size_t... I>
void add_constructors(const Object& m, std::index_sequence<I...>) {
  static const std::string names[] = {std::string("openssl_") + kHashes[I].py_name...};
  static const NativeFunctionDef rows[] = {{names[I].c_str(), f_openssl<I>, kOwnArgs, kOwnArgs}...};
  module_add_functions(m, rows);
}

}  // namespace

Object native::make_hashlib_module() {
  Object m = new_module("_hashlib", "OpenSSL interface for hashlib module");
  static const NativeFunctionDef functions[] = {
      {"compare_digest", compare_digest, 2, 2},
      {"get_fips_mode", f_get_fips_mode, 0, 0},
      {"hmac_digest", detail::hmac_digest, kOwnArgs, kOwnArgs},
      {"hmac_new", detail::hmac_new, kOwnArgs, kOwnArgs},
      {"new", f_new, kOwnArgs, kOwnArgs},
      {"pbkdf2_hmac", f_pbkdf2_hmac, kOwnArgs, kOwnArgs},
      {"scrypt", f_scrypt, kOwnArgs, kOwnArgs},
  };
  module_add_functions(m, functions);
  add_constructors(m, std::make_index_sequence<kConstructors>());
  for (std::size_t i = 0; i < kConstructors; ++i) {
    Object f = getattr(m, str_from(std::string("openssl_") + kHashes[i].py_name));
    dict_set(constructors(), f, str_from(kHashes[i].py_name));
  }
  module_add(m, "_constructors", make_mappingproxy(constructors()));
  module_add(m, "openssl_md_meth_names", md_meth_names());
  module_add(m, "HASH", Object(hash_type()));
  module_add(m, "HASHXOF", Object(hash_xof_type()));
  module_add(m, "HMAC", Object(detail::hmac_type()));
  module_add(m, "UnsupportedDigestmodError", Object(unsupported_digestmod_error()));
  return m;
}

}  // namespace pyrt

void pystd_8_hashlib::register_module() { pyrt::register_module("_hashlib", pyrt::native::make_hashlib_module); }
