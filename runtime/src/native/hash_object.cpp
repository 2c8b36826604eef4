// Hash objects over OpenSSL's EVP digests (hash_object.h). Mirrors CPython 3.11's
// Modules/_hashopenssl.c (EVP_update, EVP_digest, EVP_hexdigest, EVP_copy, EVP_get_name,
// EVPXOF_digest) and the same methods of Modules/sha512module.c and its siblings.
#include "hash_object.h"

#include <openssl/err.h>

#include <cstdio>
#include <utility>

#include "../object/internal.h"
#include "pyrt/object/buffer.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt::detail {

HashObject::HashObject(TypeObject* type, std::string name)
    : HeapObject(type), ctx(EVP_MD_CTX_new()), name(std::move(name)) {
  if (ctx == nullptr) raise(Object(exc::MemoryError));
}

HashObject::~HashObject() { EVP_MD_CTX_free(ctx); }

Object HashObject::repr() {
  if (type->message_name().rfind("_hashlib.", 0) != 0) return HeapObject::repr();
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(this));
  return str_from("<" + name + " " + type->message_name() + " object @ " + address + ">");
}

namespace {

HashObject* as_hash(const Object& x) { return static_cast<HashObject*>(x.heap()); }

// The OpenSSL failure of a call that cannot fail for a valid context: ValueError with the
// library's reason, as _setException words it.
[[noreturn]] void openssl_failure() {
  unsigned long code = ERR_peek_last_error();
  const char* reason = code != 0 ? ERR_reason_error_string(code) : nullptr;
  ERR_clear_error();
  raise_error(exc::ValueError, reason != nullptr ? reason : "no reason supplied");
}

std::string final_digest(HashObject* h, std::int64_t xof_length) {
  EVP_MD_CTX* copy = EVP_MD_CTX_new();
  if (copy == nullptr) raise(Object(exc::MemoryError));
  std::string out;
  bool ok = EVP_MD_CTX_copy(copy, h->ctx) == 1;
  if (ok && xof_length >= 0) {
    out.resize(static_cast<std::size_t>(xof_length));
    ok = EVP_DigestFinalXOF(copy, reinterpret_cast<unsigned char*>(out.data()), out.size()) == 1;
  } else if (ok) {
    unsigned char buf[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    ok = EVP_DigestFinal_ex(copy, buf, &n) == 1;
    out.assign(reinterpret_cast<const char*>(buf), n);
  }
  EVP_MD_CTX_free(copy);
  if (!ok) openssl_failure();
  return out;
}

std::string hex_of(const std::string& bytes) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (char c : bytes) {
    auto b = static_cast<unsigned char>(c);
    out += digits[b >> 4];
    out += digits[b & 15];
  }
  return out;
}

Object m_update(const Object& self, const CallArgs& args) {
  update_hash(as_hash(self), args.args[0]);
  return kNone;
}

Object m_digest(const Object& self, const CallArgs&) { return bytes_from(final_digest(as_hash(self), -1)); }
Object m_hexdigest(const Object& self, const CallArgs&) { return str_from(hex_of(final_digest(as_hash(self), -1))); }

// EVPXOF_digest(length): a negative length fails as PyBytes_FromStringAndSize does.
std::int64_t xof_length(const CallArgs& args, const char* fname) {
  Object length;
  parse_args(args, fname, {"length"}, 1, 1, &length);
  return ssize_value(length);
}

Object m_xof_digest(const Object& self, const CallArgs& args) {
  std::int64_t n = xof_length(args, "digest");
  if (n < 0) raise_error(exc::SystemError, "Negative size passed to PyBytes_FromStringAndSize");
  return bytes_from(final_digest(as_hash(self), n));
}

// EVPXOF_hexdigest(length): a negative length fails as its PyMem_Malloc does.
Object m_xof_hexdigest(const Object& self, const CallArgs& args) {
  std::int64_t n = xof_length(args, "hexdigest");
  if (n < 0) raise(Object(exc::MemoryError));
  return str_from(hex_of(final_digest(as_hash(self), n)));
}

Object m_copy(const Object& self, const CallArgs&) {
  HashObject* h = as_hash(self);
  auto* c = new HashObject(h->type, h->name);
  Object out(c);
  if (EVP_MD_CTX_copy(c->ctx, h->ctx) != 1) openssl_failure();
  return out;
}

Object get_name(const Object& self) { return str_from(as_hash(self)->name); }

Object get_digest_size(const Object& self) {
  const EVP_MD* md = EVP_MD_CTX_get0_md(as_hash(self)->ctx);
  return Object::from_int(EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF ? 0 : EVP_MD_get_size(md));
}

Object get_block_size(const Object& self) {
  return Object::from_int(EVP_MD_get_block_size(EVP_MD_CTX_get0_md(as_hash(self)->ctx)));
}

const NativeMethodDef hash_methods[] = {
    {"copy", m_copy, 0, 0},
    {"digest", m_digest, 0, 0},
    {"hexdigest", m_hexdigest, 0, 0},
    {"update", m_update, 1, 1},
};

const NativeMethodDef xof_methods[] = {
    {"digest", m_xof_digest, kOwnArgs, kOwnArgs},
    {"hexdigest", m_xof_hexdigest, kOwnArgs, kOwnArgs},
};

const GetSetDef hash_getsets[] = {{"block_size", get_block_size}, {"digest_size", get_digest_size}, {"name", get_name}};

}  // namespace

TypeObject* make_hash_type(const char* name, const char* module, HashKind kind, TypeObject* base) {
  TypeObject* t = make_builtin_type(name, base, module);
  t->tp_name = std::string(module) + "." + name;
  // The builtin modules' types lack Py_TPFLAGS_BASETYPE; _hashlib.HASH has it, which pyrt
  // does not offer yet (a located translation error rather than a wrong class).
  t->is_final_in_cpython = kind == HashKind::Builtin;
  if (kind == HashKind::OpenSSLXof) {
    add_methods(t, xof_methods);
    return t;
  }
  add_methods(t, hash_methods);
  add_getsets(t, hash_getsets);
  return t;
}

void update_hash(HashObject* h, const Object& data) {
  if (is_str(data)) type_error("Strings must be encoded before hashing");
  std::string_view view;
  if (!bytes_like_view(data, view)) type_error("object supporting the buffer API required");
  if (EVP_DigestUpdate(h->ctx, view.data(), view.size()) != 1) openssl_failure();
}

Object new_hash(TypeObject* type, const EVP_MD* md, std::string name, const Object& data) {
  auto* h = new HashObject(type, std::move(name));
  Object out(h);
  if (EVP_DigestInit_ex(h->ctx, md, nullptr) != 1) openssl_failure();
  if (!data.is_unbound()) update_hash(h, data);
  return out;
}

void check_clinic_counts(const CallArgs& args, const char* fname, std::size_t maxargs, std::size_t maxpos) {
  std::size_t given = args.npos + args.nkw;
  if (given > maxargs) {
    type_error(std::string(fname) + "() takes at most " + std::to_string(maxargs) + " " +
               (args.npos == 0 ? "keyword " : "") + "argument" + (maxargs == 1 ? "" : "s") + " (" +
               std::to_string(given) + " given)");
  }
  if (args.npos > maxpos) {
    type_error(std::string(fname) + "() takes at most " + std::to_string(maxpos) + " positional argument" +
               (maxpos == 1 ? "" : "s") + " (" + std::to_string(args.npos) + " given)");
  }
}

Object hash_constructor_data(const CallArgs& args, const char* fname, bool& usedforsecurity) {
  check_clinic_counts(args, fname, 2, 1);
  Object a[2];
  parse_args(args, fname, {"string", "usedforsecurity"}, 1, 0, a);
  usedforsecurity = a[1].is_unbound() || truthy(a[1]);
  return a[0];
}

}  // namespace pyrt::detail
