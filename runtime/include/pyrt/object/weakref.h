// Weak references: the object that refers to another without owning it, and the side table
// that lists, for each object with weak references, the references to clear when it dies.
// Mirrors CPython's Objects/weakrefobject.c (its wr_object/wr_callback/hash fields, the
// per-object list and PyObject_ClearWeakRefs).
#pragma once

#include <cstdint>
#include <vector>

#include "pyrt/object/object.h"

namespace pyrt {

/// A weak reference (PyWeakReference): `weakref.ref`, its subclasses, and the proxies. It
/// borrows its referent; the referent's death (clear_weakrefs) makes `referent` null and calls
/// `callback` with the reference. Its own death unlinks it from the referent's list.
struct WeakRefObject : HeapObject {
  explicit WeakRefObject(TypeObject* type) noexcept : HeapObject(type) {}
  ~WeakRefObject() override;

  HeapObject* referent = nullptr;  ///< borrowed; null once the referent died
  Object callback;                 ///< unbound for none, and once called
  std::int64_t hash_cache = -1;    ///< the referent's hash, once asked (weakref_hash)
  bool is_proxy = false;           ///< a ProxyType or CallableProxyType
  /// Made as weakref.ref itself, not a subclass. A flag rather than a comparison with the
  /// ref type, so the core needs nothing of _weakref's module until a program imports it.
  bool is_exact_ref = false;

  /// The referent (a new reference), or None once it died (PyWeakref_GET_OBJECT).
  Object object() const;
  /// No callback and the exact ref or proxy type: CPython's "basic" references, shared by
  /// every ref(o) / proxy(o) call without a callback.
  bool is_basic() const;

  Object repr() override;
  std::int64_t hash() override;
  Object richcompare(const Object& other, CmpOp op) override;
  Object call(const CallArgs& args) override;
};

/// The exact type of `weakref.ref` (native/weakref_module.cpp), made on first use.
TypeObject* weakref_ref_type();

/// TypeError "cannot create weak reference to 'int' object" unless instances of type(obj)
/// can be weakly referenced (tp_weaklistoffset != 0).
void check_weakrefable(const Object& obj);

/// Links `ref` (its referent, callback and type set) into its referent's list where
/// weakref___new__ and proxy_new put it: a basic ref first, a basic proxy after it, others
/// after those (so newer callback references come before older ones).
void link_weakref(WeakRefObject* ref);

/// The weak references to `obj`, in CPython's list order; empty when none (getweakrefs).
std::vector<WeakRefObject*> weakrefs_of(const HeapObject* obj);

/// The basic ref or basic proxy of `obj`, null if it has none (get_basic_refs).
WeakRefObject* basic_weakref(const HeapObject* obj, bool proxy);

}  // namespace pyrt
