// weakref.ProxyType and weakref.CallableProxyType: weak references that stand for their
// referent in attribute access, operators, calls and the container protocol, and raise
// ReferenceError once it died. Mirrors Objects/weakrefobject.c's proxy_* functions (each
// unwraps proxy operands, then runs the ordinary operation on the referents).
#include <cstdio>
#include <string>

#include "pyrt/object/exception.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/weakref.h"
#include "weakref_types.h"

namespace pyrt {

namespace {

// The referent of a proxy operand, or the operand itself (UNWRAP); ReferenceError
// "weakly-referenced object no longer exists" for a dead proxy (proxy_check_ref).
Object unwrap(const Object& x) {
  if (!x.is_heap()) return x;
  auto* w = dynamic_cast<WeakRefObject*>(x.heap());
  if (w == nullptr || !w->is_proxy) return x;
  if (w->referent == nullptr) raise_error(exc::ReferenceError, "weakly-referenced object no longer exists");
  return w->object();
}

/// A proxy; its type is ProxyType or CallableProxyType as the referent was callable.
struct WeakProxyObject final : WeakRefObject {
  explicit WeakProxyObject(TypeObject* type) noexcept : WeakRefObject(type) { is_proxy = true; }

  Object referent_or_raise() { return unwrap(Object(static_cast<HeapObject*>(this))); }

  // proxy_repr: "<weakproxy at %p to %s at %p>", the referent's type unquoted.
  Object repr() override {
    Object obj = referent == nullptr ? Object::none() : object();
    char text[96];
    std::snprintf(text, sizeof text, "<weakproxy at %p to %s at %p>", static_cast<void*>(this),
                  obj.type()->message_name().c_str(), static_cast<void*>(referent));
    return str_from(text);
  }
  Object str() override { return pyrt::str(referent_or_raise()); }
  std::int64_t hash() override { raise_error(exc::TypeError, "unhashable type: '" + type->message_name() + "'"); }
  Object richcompare(const Object& other, CmpOp op) override { return compare(op, referent_or_raise(), unwrap(other)); }
  Object getattr(const Object& name) override { return pyrt::getattr(referent_or_raise(), name); }
  void setattr(const Object& name, const Object& value) override {
    Object obj = referent_or_raise();
    if (value.is_unbound()) delattr(obj, name);
    else pyrt::setattr(obj, name, value);
  }
  // Only CallableProxyType has tp_call.
  Object call(const CallArgs& args) override {
    if (type != detail::proxy_type(true)) return HeapObject::call(args);
    return call_args(referent_or_raise(), args);
  }
  Object iter() override { return pyrt::iter(referent_or_raise()); }
  // proxy_iternext: the referent must be an iterator itself.
  bool next(Object& out) override {
    Object obj = referent_or_raise();
    if (lookup_special(obj, intern("__next__")).is_unbound()) {
      raise_error(exc::TypeError, "Weakref proxy referenced a non-iterator '" + obj.type()->message_name() + "' object");
    }
    return pyrt::next(obj, out);
  }
  std::int64_t len() override { return pyrt::len(referent_or_raise()); }
  Object getitem(const Object& key) override { return pyrt::getitem(referent_or_raise(), key); }
  void setitem(const Object& key, const Object& value) override {
    Object obj = referent_or_raise();
    if (value.is_unbound()) delitem(obj, key);
    else pyrt::setitem(obj, key, value);
  }
  Object contains(const Object& item) override { return Object::from_bool(pyrt::contains(referent_or_raise(), item)); }
  Object truthy() override { return Object::from_bool(pyrt::truthy(referent_or_raise())); }
  Object binop(BinaryOp op, const Object& other, bool reflected) override {
    Object self = referent_or_raise();
    return reflected ? binary_op(op, unwrap(other), self) : binary_op(op, self, unwrap(other));
  }
  Object inplace(BinaryOp op, const Object& other) override { return inplace_op(op, referent_or_raise(), unwrap(other)); }
  Object unaryop(UnaryOp op) override { return unary_op(op, referent_or_raise()); }
};

TypeObject* make_proxy_type(const char* name) {
  TypeObject* t = make_builtin_type(name, nullptr, "weakref");
  t->tp_name = std::string("weakref.") + name;
  t->is_final_in_cpython = true;
  return t;
}

}  // namespace

TypeObject* detail::proxy_type(bool callable) {
  static TypeObject* const plain = make_proxy_type("ProxyType");
  static TypeObject* const with_call = make_proxy_type("CallableProxyType");
  return callable ? with_call : plain;
}

Object detail::new_proxy(const CallArgs& args) {
  const Object& ob = args.args[0];
  Object callback = args.npos == 2 && !args.args[1].is_none() ? args.args[1] : Object();
  check_weakrefable(ob);
  if (callback.is_unbound()) {
    if (WeakRefObject* basic = basic_weakref(ob.heap(), true)) return Object(basic);
  }
  auto* proxy = new WeakProxyObject(proxy_type(is_callable(ob)));
  Object out(proxy);
  proxy->referent = ob.heap();
  proxy->callback = callback;
  link_weakref(proxy);
  return out;
}

}  // namespace pyrt
