// The native module `_weakref` (Modules/_weakref.c) and its type `ref` (weakref.ReferenceType,
// Objects/weakrefobject.c's weakref___new__/weakref___init__), which weakref.py and
// _weakrefset.py (translated from CPython's Lib) import.
#include <string>
#include <vector>

#include "../object/internal.h"
#include "../object/native_subclass.h"
#include "native.h"
#include "pyrt/object/import.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/list.h"
#include "pyrt/object/module.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/typing.h"
#include "pyrt/object/weakref.h"
#include "weakref_types.h"

namespace pyrt {

namespace {

// PyArg_UnpackTuple(args, NAME, 1, 2, &ob, &callback), as parse_weakref_init_args: keywords
// are not looked at. A None callback is none.
void unpack_ref_args(const CallArgs& args, const char* name, Object& ob, Object& callback) {
  if (args.npos < 1) raise_error(exc::TypeError, std::string(name) + " expected at least 1 argument, got 0");
  if (args.npos > 2) {
    raise_error(exc::TypeError, std::string(name) + " expected at most 2 arguments, got " + std::to_string(args.npos));
  }
  ob = args.args[0];
  callback = args.npos == 2 && !args.args[1].is_none() ? args.args[1] : Object();
}

// weakref___new__: ref(o) without a callback is o's basic ref when it has one.
Object ref_new(TypeObject* type, const CallArgs& args) {
  Object ob, callback;
  unpack_ref_args(args, "__new__", ob, callback);
  check_weakrefable(ob);
  bool exact = type == weakref_ref_type();
  if (exact && callback.is_unbound()) {
    if (WeakRefObject* basic = basic_weakref(ob.heap(), false)) return Object(basic);
  }
  WeakRefObject* ref = exact ? new WeakRefObject(type) : new detail::NativeSubclass<WeakRefObject>(type);
  Object out(ref);
  ref->referent = ob.heap();
  ref->callback = callback;
  ref->is_exact_ref = exact;
  link_weakref(ref);
  return out;
}

// tp_new_wrapper for ref: `ref.__new__(cls, ob, callback)`, what KeyedRef.__new__ calls.
Object ref_new_method(const CallArgs& args) {
  if (args.npos < 1) raise_error(exc::TypeError, "ReferenceType.__new__(): not enough arguments");
  const Object& cls = args.args[0];
  if (!is_type(cls) || !static_cast<TypeObject*>(cls.heap())->is_subtype(weakref_ref_type())) {
    raise_error(exc::TypeError, "ReferenceType.__new__(X): X is not a subtype of ReferenceType");
  }
  return ref_new(static_cast<TypeObject*>(cls.heap()), CallArgs{args.args + 1, args.npos - 1, args.nkw, args.kwnames});
}

WeakRefObject* ref_receiver(const CallArgs& args, const char* name, std::size_t nargs) {
  return detail::slot_receiver<WeakRefObject>(args, weakref_ref_type(), name, nargs);
}

// weakref___init__ only checks its arguments: __new__ did the work.
Object ref_init(const CallArgs& args) {
  if (args.npos == 0) raise_error(exc::TypeError, "descriptor '__init__' of 'weakref.ReferenceType' object needs an argument");
  Object ob, callback;
  unpack_ref_args(CallArgs{args.args + 1, args.npos - 1, 0, nullptr}, "__init__", ob, callback);
  return kNone;
}

// ref.__call__(self, *args): the receiver is checked alone; weakref_vectorcall checks the rest
// ("weakref expected 0 arguments, got 1"), what super().__call__() reaches from a subclass.
Object ref_call(const CallArgs& args) {
  if (args.npos == 0) raise_error(exc::TypeError, "descriptor '__call__' of 'weakref.ReferenceType' object needs an argument");
  WeakRefObject* self = ref_receiver(CallArgs{args.args, 1, 0, nullptr}, "__call__", 0);
  return self->WeakRefObject::call(CallArgs{args.args + 1, args.npos - 1, args.nkw, args.kwnames});
}

Object ref_hash(const CallArgs& args) { return Object::from_int(ref_receiver(args, "__hash__", 0)->WeakRefObject::hash()); }

Object ref_repr(const CallArgs& args) { return ref_receiver(args, "__repr__", 0)->WeakRefObject::repr(); }

template <CmpOp op>
Object ref_compare(const CallArgs& args) {
  Object r = ref_receiver(args, op == CmpOp::Eq ? "__eq__" : "__ne__", 1)->WeakRefObject::richcompare(args.args[1], op);
  return r.is_unbound() ? detail::not_implemented() : r;
}

Object ref_callback(const Object& self) {
  const Object& cb = static_cast<WeakRefObject*>(self.heap())->callback;
  return cb.is_unbound() ? kNone : cb;
}

Object ref_class_getitem(const Object& cls, const CallArgs& args) { return make_generic_alias(cls, args.args[0]); }

const NativeMethodDef ref_methods[] = {
    {"__class_getitem__", ref_class_getitem, 1, 1, MethodKind::Class},
};

const GetSetDef ref_getsets[] = {{"__callback__", ref_callback, true}};

void add_ref_slot(TypeObject* t, const char* name, NativeFn fn, bool binds = true) {
  auto* f = new BuiltinFunction(name, fn);
  f->binds_as_method = binds;
  f->slot_default = true;
  dict_set(t->dict, intern(name), Object(f));
}

TypeObject* make_ref_type() {
  TypeObject* t = make_builtin_type("ReferenceType", nullptr, "weakref", ref_new, true);
  t->tp_name = "weakref.ReferenceType";
  add_ref_slot(t, "__new__", ref_new_method, false);
  add_ref_slot(t, "__init__", ref_init);
  add_ref_slot(t, "__call__", ref_call);
  add_ref_slot(t, "__hash__", ref_hash);
  add_ref_slot(t, "__repr__", ref_repr);
  add_ref_slot(t, "__eq__", ref_compare<CmpOp::Eq>);
  add_ref_slot(t, "__ne__", ref_compare<CmpOp::Ne>);
  add_methods(t, ref_methods);
  add_getsets(t, ref_getsets);
  return t;
}

// _weakref.getweakrefcount(object): 0 for objects that cannot have weak references.
Object getweakrefcount(const CallArgs& args) {
  const Object& ob = args.args[0];
  return Object::from_int(ob.is_heap() ? static_cast<std::int64_t>(weakrefs_of(ob.heap()).size()) : 0);
}

// _weakref.getweakrefs(object): a list of the references, in the object's list order.
Object getweakrefs(const CallArgs& args) {
  const Object& ob = args.args[0];
  Object out = list_from_vector({});
  if (!ob.is_heap()) return out;
  for (WeakRefObject* ref : weakrefs_of(ob.heap())) list_append(out, Object(ref));
  return out;
}

// _weakref._remove_dead_weakref(dct, key): deletes dct[key] when it is a dead weak reference
// (_PyDict_DelItemIf with is_dead_weakref); a missing key is no error.
Object remove_dead_weakref(const CallArgs& args) {
  const Object& dct = args.args[0];
  if (!is_dict_or_subclass(dct)) bad_argument("_remove_dead_weakref", 1, "dict", dct);
  Object value = dict_get(dct, args.args[1]);
  if (value.is_unbound()) return kNone;
  auto* ref = value.is_heap() ? dynamic_cast<WeakRefObject*>(value.heap()) : nullptr;
  if (ref == nullptr) raise_error(exc::TypeError, "not a weakref");
  if (ref->referent == nullptr) dict_del(dct, args.args[1]);
  return kNone;
}

const NativeFunctionDef weakref_functions[] = {
    {"getweakrefcount", getweakrefcount, 1, 1},
    {"getweakrefs", getweakrefs, 1, 1},
    {"_remove_dead_weakref", remove_dead_weakref, 2, 2},
    {"proxy", detail::new_proxy, 1, 2},
};

// The builtin types whose instances CPython can weakly reference (a tp_weaklistoffset) and
// that no program can make before importing _weakref; generators, coroutines, async
// generators, Future and Task are marked where they are made, user classes by slots.cpp.
void mark_weakrefable_builtins() {
  for (TypeObject* t : {types::function, types::method, types::builtin_function, types::module}) t->instances_have_weakref = true;
}

}  // namespace

TypeObject* weakref_ref_type() {
  static TypeObject* const t = make_ref_type();
  return t;
}

Object native::make_weakref_module() {
  mark_weakrefable_builtins();
  Object m = new_module("_weakref", "Weak-reference support module.");
  module_add_functions(m, weakref_functions);
  module_add(m, "ref", Object(weakref_ref_type()));
  module_add(m, "ReferenceType", Object(weakref_ref_type()));
  module_add(m, "ProxyType", Object(detail::proxy_type(false)));
  module_add(m, "CallableProxyType", Object(detail::proxy_type(true)));
  return m;
}

}  // namespace pyrt

void pystd_8_weakref::register_module() { pyrt::register_module("_weakref", pyrt::native::make_weakref_module); }
