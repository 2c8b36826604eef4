// _hashlib's HMAC objects over OpenSSL's EVP_MAC "HMAC": hmac_new, hmac_digest and the HMAC
// type (update, digest, hexdigest, copy, name, digest_size, block_size). Mirrors CPython
// 3.11's Modules/_hashopenssl.c (_hashlib_hmac_new_impl, _hashlib_hmac_singleshot_impl,
// _hmac_update, _hmac_digest, _hashlib_HMAC_copy_impl).
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/params.h>

#include <cstdio>
#include <string>
#include <utility>

#include "../object/internal.h"
#include "hash_object.h"
#include "hashlib_digests.h"
#include "pyrt/object/buffer.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt::detail {

namespace {

/// An HMAC in progress: an EVP_MAC context it owns, and the digest's size, block size and
/// Python name.
struct HmacObject final : HeapObject {
  explicit HmacObject(EVP_MAC_CTX* ctx) : HeapObject(hmac_type()), ctx(ctx) {}
  ~HmacObject() override { EVP_MAC_CTX_free(ctx); }
  HmacObject(const HmacObject&) = delete;
  HmacObject& operator=(const HmacObject&) = delete;

  EVP_MAC_CTX* ctx;
  std::string digest;  ///< the digest's Python name ("sha256")
  int digest_size = 0;
  int block_size = 0;

  /// _hmac_repr: "<sha256 HMAC object @ 0x...>".
  Object repr() override {
    char address[32];
    std::snprintf(address, sizeof address, "%p", static_cast<void*>(this));
    return str_from("<" + digest + " HMAC object @ " + address + ">");
  }
};

HmacObject* as_hmac(const Object& x) { return static_cast<HmacObject*>(x.heap()); }

std::string_view key_argument(const Object& x) {
  std::string_view view;
  if (!bytes_like_view(x, view)) type_error("a bytes-like object is required, not '" + type_name_text(x) + "'");
  return view;
}

// An HMAC of the digest named `name` keyed with `key`; OpenSSL's failures (an XOF digest) are
// ValueError with its reason, as _setException words them.
Object new_hmac(std::string_view key, const std::string& name) {
  Digest d;
  fetch_digest(name, true, d);
  EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  EVP_MAC_CTX* ctx = mac != nullptr ? EVP_MAC_CTX_new(mac) : nullptr;
  EVP_MAC_free(mac);
  if (ctx == nullptr) raise_openssl_error(exc::ValueError, "no reason supplied");
  auto* h = new HmacObject(ctx);
  Object out(h);
  std::string md_name = EVP_MD_get0_name(d.md);
  OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, md_name.data(), 0),
                         OSSL_PARAM_construct_end()};
  ERR_clear_error();
  if (EVP_MAC_init(ctx, reinterpret_cast<const unsigned char*>(key.data()), key.size(), params) != 1) {
    raise_openssl_error(exc::ValueError, "no reason supplied");
  }
  h->digest = digest_name(d.md);
  h->digest_size = EVP_MD_get_size(d.md);
  h->block_size = EVP_MD_get_block_size(d.md);
  return out;
}

// _hmac_update: the message as hash objects take it ("Strings must be encoded before hashing").
void update_hmac(HmacObject* h, const Object& msg) {
  if (is_str(msg)) type_error("Strings must be encoded before hashing");
  std::string_view view;
  if (!bytes_like_view(msg, view)) type_error("object supporting the buffer API required");
  if (EVP_MAC_update(h->ctx, reinterpret_cast<const unsigned char*>(view.data()), view.size()) != 1) {
    raise_openssl_error(exc::ValueError, "no reason supplied");
  }
}

// _hmac_digest: the MAC of a copy, so the object may go on.
std::string final_mac(HmacObject* h) {
  EVP_MAC_CTX* copy = EVP_MAC_CTX_dup(h->ctx);
  if (copy == nullptr) raise_openssl_error(exc::ValueError, "no reason supplied");
  std::string out(static_cast<std::size_t>(h->digest_size), '\0');
  std::size_t n = 0;
  int ok = EVP_MAC_final(copy, reinterpret_cast<unsigned char*>(out.data()), &n, out.size());
  EVP_MAC_CTX_free(copy);
  if (ok != 1) raise_openssl_error(exc::ValueError, "no reason supplied");
  out.resize(n);
  return out;
}

Object m_update(const Object& self, const CallArgs& args) {
  Object msg;
  parse_args(args, "update", {"msg"}, 1, 1, &msg);
  update_hmac(as_hmac(self), msg);
  return kNone;
}

Object m_digest(const Object& self, const CallArgs&) { return bytes_from(final_mac(as_hmac(self))); }

Object m_hexdigest(const Object& self, const CallArgs&) {
  static const char digits[] = "0123456789abcdef";
  std::string mac = final_mac(as_hmac(self));
  std::string out;
  for (char c : mac) {
    auto b = static_cast<unsigned char>(c);
    out += digits[b >> 4];
    out += digits[b & 15];
  }
  return str_from(out);
}

Object m_copy(const Object& self, const CallArgs&) {
  HmacObject* h = as_hmac(self);
  EVP_MAC_CTX* ctx = EVP_MAC_CTX_dup(h->ctx);
  if (ctx == nullptr) raise_openssl_error(exc::ValueError, "no reason supplied");
  auto* c = new HmacObject(ctx);
  Object out(c);
  c->digest = h->digest;
  c->digest_size = h->digest_size;
  c->block_size = h->block_size;
  return out;
}

Object get_name(const Object& self) { return str_from("hmac-" + as_hmac(self)->digest); }
Object get_digest_size(const Object& self) { return Object::from_int(as_hmac(self)->digest_size); }
Object get_block_size(const Object& self) { return Object::from_int(as_hmac(self)->block_size); }

const NativeMethodDef hmac_methods[] = {
    {"copy", m_copy, 0, 0},
    {"digest", m_digest, 0, 0},
    {"hexdigest", m_hexdigest, 0, 0},
    {"update", m_update, kOwnArgs, kOwnArgs},
};

const GetSetDef hmac_getsets[] = {{"block_size", get_block_size}, {"digest_size", get_digest_size}, {"name", get_name}};

}  // namespace

TypeObject* hmac_type() {
  static TypeObject* const t = [] {
    TypeObject* type = make_builtin_type("HMAC", nullptr, "_hashlib");
    type->tp_name = "_hashlib.HMAC";
    type->is_final_in_cpython = true;
    add_methods(type, hmac_methods);
    add_getsets(type, hmac_getsets);
    return type;
  }();
  return t;
}

// hmac_new(key, msg=b'', digestmod=None): the digest is required; msg may be None.
Object hmac_new(const CallArgs& args) {
  Object a[3];
  parse_args(args, "hmac_new", {"key", "msg", "digestmod"}, 3, 1, a);
  std::string_view key = key_argument(a[0]);
  if (a[2].is_unbound() || a[2].is_none()) type_error("Missing required parameter 'digestmod'.");
  Object out = new_hmac(key, digestmod_name(a[2]));
  if (!a[1].is_unbound() && !a[1].is_none()) update_hmac(as_hmac(out), a[1]);
  return out;
}

// hmac_digest(key, msg, digest): one MAC at once.
Object hmac_digest(const CallArgs& args) {
  Object a[3];
  parse_args(args, "hmac_digest", {"key", "msg", "digest"}, 3, 3, a);
  std::string_view key = key_argument(a[0]);
  key_argument(a[1]);
  Object h = new_hmac(key, digestmod_name(a[2]));
  update_hmac(as_hmac(h), a[1]);
  return bytes_from(final_mac(as_hmac(h)));
}

}  // namespace pyrt::detail
