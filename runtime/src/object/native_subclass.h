// Instances of user classes that derive from a builtin with its own C++
// layout (class D(dict), class L(list), class Money(int)): the builtin's object plus an
// instance __dict__, with every protocol slot taken from the class's own
// dunder when it defines one and from the builtin otherwise. Mirrors how
// CPython's type_new inherits a builtin base's slots and installs the
// slot_tp_* wrappers (Objects/typeobject.c, update_one_slot) for dunders the
// class body defines.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "internal.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/function.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt::detail {

/// An instance of user class `type` whose solid base is the builtin whose
/// C++ layout is `Native` (which must have a constructor taking the type).
/// It is a `Native`, so the builtin's methods (dict.get, list.append) work on
/// it unchanged; each slot first asks the class for a user dunder (found
/// through the MRO, so super() and overrides resolve as in CPython) and
/// falls back to `Native`'s own behaviour, never to a virtual call, so a
/// user __getitem__ calling super().__getitem__ does not recurse.
template <class Native>
struct NativeSubclass final : Native {
  explicit NativeSubclass(TypeObject* type) : Native(type) {}

  Object dict;  ///< __dict__, unbound until the first attribute assignment
  std::unique_ptr<Object[]> slots;  ///< the values of __slots__, made on first store

  Object* instance_dict() override { return this->type->instances_have_dict ? &dict : nullptr; }
  Object* slot_values(std::size_t count) override {
    if (!slots) slots = std::make_unique<Object[]>(count);
    return slots.get();
  }

  Object getattr(const Object& name) override { return instance_getattr(this, dict, name, base_getattr); }
  void setattr(const Object& name, const Object& value) override {
    instance_setattr(this, dict, name, value, nullptr);
  }

  Object repr() override {
    Object f = user_dunder(this->type, names::repr);
    return f.is_unbound() ? Native::repr() : call_as_method(f, self(), {});
  }
  Object str() override {
    Object f = user_dunder(this->type, names::str);
    return f.is_unbound() ? Native::str() : call_as_method(f, self(), {});
  }
  std::int64_t hash() override {
    Object f = this->type->lookup(names::hash);
    if (f.is_none()) type_error("unhashable type: '" + this->type->message_name() + "'");
    if (f.is_unbound() || is_slot_default(f)) return Native::hash();
    return hash_result(call_as_method(f, self(), {}));
  }
  Object richcompare(const Object& other, CmpOp op) override {
    Object f = user_dunder(this->type, cmp_name(op));
    if (f.is_unbound()) return Native::richcompare(other, op);
    Object r = call_as_method(f, self(), {other});
    return is_not_implemented(r) ? Object() : r;
  }
  Object call(const CallArgs& args) override {
    Object f = user_dunder(this->type, names::call);
    return f.is_unbound() ? Native::call(args) : call_as_method_args(f, self(), args);
  }
  Object iter() override {
    Object f = this->type->lookup(names::iter);
    if (f.is_none()) type_error("'" + this->type->name + "' object is not iterable");
    if (f.is_unbound() || is_slot_default(f)) return Native::iter();
    return iter_result(call_as_method(f, self(), {}));
  }
  bool next(Object& out) override {
    Object f = user_dunder(this->type, names::next);
    if (f.is_unbound()) return Native::next(out);
    try {
      out = call_as_method(f, self(), {});
    } catch (PyException& e) {
      if (exception_is(e.value, exc::StopIteration)) return false;
      throw;
    }
    return true;
  }
  std::int64_t len() override {
    Object f = user_dunder(this->type, names::len);
    return f.is_unbound() ? Native::len() : len_result(call_as_method(f, self(), {}));
  }
  Object getitem(const Object& key) override {
    Object f = user_dunder(this->type, names::getitem);
    return f.is_unbound() ? Native::getitem(key) : call_as_method(f, self(), {key});
  }
  void setitem(const Object& key, const Object& value) override {
    Object f = user_dunder(this->type, value.is_unbound() ? names::delitem : names::setitem);
    if (f.is_unbound()) return Native::setitem(key, value);
    if (value.is_unbound()) call_as_method(f, self(), {key});
    else call_as_method(f, self(), {key, value});
  }
  Object contains(const Object& item) override {
    Object f = user_dunder(this->type, names::contains);
    if (f.is_unbound()) return Native::contains(item);
    return Object::from_bool(pyrt::truthy(call_as_method(f, self(), {item})));
  }
  Object truthy() override {
    // nb_bool, else the length (a user __len__ or the builtin's), as
    // PyObject_IsTrue.
    Object f = user_dunder(this->type, names::bool_);
    if (!f.is_unbound()) return bool_result(call_as_method(f, self(), {}));
    if (!user_dunder(this->type, names::len).is_unbound()) return Object::from_bool(len() != 0);
    return Native::truthy();
  }
  Object binop(BinaryOp op, const Object& other, bool reflected) override {
    Object f = user_dunder(this->type, binop_name(op, reflected ? 1 : 0));
    if (f.is_unbound()) return Native::binop(op, other, reflected);
    Object r = call_as_method(f, self(), {other});
    return is_not_implemented(r) ? Object() : r;
  }
  Object inplace(BinaryOp op, const Object& other) override {
    Object f = user_dunder(this->type, binop_name(op, 2));
    if (f.is_unbound()) return Native::inplace(op, other);
    Object r = call_as_method(f, self(), {other});
    return is_not_implemented(r) ? Object() : r;
  }
  Object unaryop(UnaryOp op) override {
    const Object& name = op == UnaryOp::USub ? names::neg : op == UnaryOp::UAdd ? names::pos : names::invert;
    Object f = user_dunder(this->type, name);
    return f.is_unbound() ? Native::unaryop(op) : call_as_method(f, self(), {});
  }

 private:
  Object self() { return Object(static_cast<HeapObject*>(this)); }
  static Object base_getattr(HeapObject* self, const Object& name) {
    return static_cast<NativeSubclass*>(self)->Native::getattr(name);
  }
};

/// Creates an empty instance of user class `type` with `Native`'s layout
/// (what the builtin's tp_new gives a subclass: the arguments are left to
/// __init__).
template <class Native>
Object new_native_subclass(TypeObject* type) {
  return Object(static_cast<HeapObject*>(new NativeSubclass<Native>(type)));
}

/// The receiver of a native slot wrapper called as `dict.__getitem__(self,
/// k)`: TypeError "descriptor '__getitem__' requires a 'dict' object but
/// received a 'int'" unless it is an instance of `owner`.
template <class Native>
Native* slot_receiver(const CallArgs& args, TypeObject* owner, const char* name, std::size_t nargs) {
  if (args.npos == 0) type_error(std::string("descriptor '") + name + "' of '" + owner->name + "' object needs an argument");
  const Object& self = args.args[0];
  if (!self.type()->is_subtype(owner)) {
    type_error(std::string("descriptor '") + name + "' requires a '" + owner->name + "' object but received a '" +
               type_name_text(self) + "'");
  }
  // The slot table is searched only to word an error: a call with the right count is fine in
  // every wording.
  if (args.nkw != 0 || args.npos - 1 != nargs) {
    check_slot_arguments(owner, name, CallArgs{args.args + 1, args.npos - 1, args.nkw, args.kwnames}, nargs);
  }
  return static_cast<Native*>(self.heap());
}

/// The builtin's own slots as class attributes (dict.__getitem__,
/// list.__len__, ...), so that super().__getitem__(key) and dict.__repr__(d)
/// reach `Native`'s behaviour, and so that user_dunder() sees a class that
/// only inherits them as not overriding them. They are marked slot defaults
/// and bind as methods. Also sets __hash__ to None when `Native` is
/// unhashable, as CPython's mutable containers do.
template <class Native>
struct NativeSlots {
  static TypeObject*& owner() {
    static TypeObject* t = nullptr;
    return t;
  }
  // Each wrapper names Native:: explicitly: a virtual call would reach the
  // subclass's override again.
  static Object repr(const CallArgs& a) { return slot_receiver<Native>(a, owner(), "__repr__", 0)->Native::repr(); }
  static Object iter(const CallArgs& a) { return slot_receiver<Native>(a, owner(), "__iter__", 0)->Native::iter(); }
  static Object len(const CallArgs& a) {
    return Object::from_int(slot_receiver<Native>(a, owner(), "__len__", 0)->Native::len());
  }
  static Object getitem(const CallArgs& a) {
    return slot_receiver<Native>(a, owner(), "__getitem__", 1)->Native::getitem(a.args[1]);
  }
  static Object setitem(const CallArgs& a) {
    slot_receiver<Native>(a, owner(), "__setitem__", 2)->Native::setitem(a.args[1], a.args[2]);
    return kNone;
  }
  static Object delitem(const CallArgs& a) {
    slot_receiver<Native>(a, owner(), "__delitem__", 1)->Native::setitem(a.args[1], Object());
    return kNone;
  }
  static Object contains(const CallArgs& a) {
    return slot_receiver<Native>(a, owner(), "__contains__", 1)->Native::contains(a.args[1]);
  }
  template <CmpOp op>
  static Object compare(const CallArgs& a) {
    Object r = slot_receiver<Native>(a, owner(), cmp_text(op), 1)->Native::richcompare(a.args[1], op);
    return r.is_unbound() ? not_implemented() : r;
  }
  template <BinaryOp op, int which>
  static Object binary(const CallArgs& a) {
    const char* name = binop_text(op, which);
    Native* self = slot_receiver<Native>(a, owner(), name, 1);
    Object r = which == 2 ? self->Native::inplace(op, a.args[1]) : self->Native::binop(op, a.args[1], which == 1);
    return r.is_unbound() ? not_implemented() : r;
  }
  static const char* cmp_text(CmpOp op) {
    static const char* const texts[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    return texts[static_cast<int>(op)];
  }
  static const char* binop_text(BinaryOp op, int which) {
    static std::string texts[3][16];
    std::string& t = texts[which][static_cast<int>(op)];
    if (t.empty()) t = std::string(str_view(binop_name(op, which)));
    return t.c_str();
  }

  static void add(TypeObject* t, const char* name, NativeFn fn) {
    auto* f = new BuiltinFunction(name, fn);
    f->binds_as_method = true;
    f->slot_default = true;
    dict_set(t->dict, intern(name), Object(f));
  }
  template <BinaryOp op>
  static void add_binop(TypeObject* t, bool reflected, bool inplace) {
    add(t, binop_text(op, 0), binary<op, 0>);
    if (reflected) add(t, binop_text(op, 1), binary<op, 1>);
    if (inplace) add(t, binop_text(op, 2), binary<op, 2>);
  }

  /// Registers the mapping/sequence slots every subclassable container
  /// has, and the six comparisons.
  static void add_container_slots(TypeObject* t) {
    owner() = t;
    add(t, "__repr__", repr);
    add(t, "__iter__", iter);
    add(t, "__len__", len);
    add(t, "__getitem__", getitem);
    add(t, "__setitem__", setitem);
    add(t, "__delitem__", delitem);
    add(t, "__contains__", contains);
    add(t, "__lt__", compare<CmpOp::Lt>);
    add(t, "__le__", compare<CmpOp::Le>);
    add(t, "__eq__", compare<CmpOp::Eq>);
    add(t, "__ne__", compare<CmpOp::Ne>);
    add(t, "__gt__", compare<CmpOp::Gt>);
    add(t, "__ge__", compare<CmpOp::Ge>);
    // Object::none(), not kNone: this runs from runtime_init(), possibly
    // before kNone's dynamic initializer.
    dict_set(t->dict, names::hash, Object::none());
  }
};

}  // namespace pyrt::detail
