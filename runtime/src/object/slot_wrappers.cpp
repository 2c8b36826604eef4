// Builtin types' protocol slots as attributes (`str.__len__`, `(1).__add__`)
// and object's generic `__class__`. Mirrors CPython's Objects/typeobject.c
// (slotdefs, the wrap_* functions and add_operators) and descrobject.c
// (wrapper_descriptor, method-wrapper, getset_descriptor).
#include "pyrt/object/slot_wrappers.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "internal.h"
#include "pyrt/object/builtins.h"
#include "pyrt/object/complex.h"
#include "pyrt/object/descriptor.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception_object.h"
#include "pyrt/object/float.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

using detail::not_implemented;
using detail::type_error;

namespace {

// Created on first use: native iterator types get their slot wrappers when
// they are made, which may be before init_slot_wrappers() runs.
TypeObject* wrapper_descriptor_type() {
  static TypeObject* t = make_builtin_type("wrapper_descriptor");
  return t;
}
TypeObject* method_wrapper_type() {
  static TypeObject* t = make_builtin_type("method-wrapper");
  return t;
}
// getset_descriptor.__get__(obj, type=None) (descr_get): the attribute of `obj`; the
// descriptor itself for None with a type; TypeError as CPython's descr_check words it.
Object getset_get_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "__get__", 1, 2);
  auto* d = static_cast<GetSetDescriptor*>(self.heap());
  const Object& obj = args.args[0];
  if (obj.is_none()) {
    if (args.npos < 2 || args.args[1].is_none()) detail::type_error("__get__(None, None) is invalid");
    return self;
  }
  if (!obj.type()->is_subtype(d->owner)) {
    detail::type_error(std::string("descriptor '") + d->name + "' for '" + d->owner->name +
                       "' objects doesn't apply to a '" + type_name_text(obj) + "' object");
  }
  return d->get(obj);
}

TypeObject* getset_descriptor_type() {
  static TypeObject* t = [] {
    TypeObject* type = make_builtin_type("getset_descriptor");
    add_method(type, "__get__", getset_get_method);
    return type;
  }();
  return t;
}

const Object& ni_if_unbound(const Object& r) { return r.is_unbound() ? not_implemented() : r; }

// ---- the slots: each runs the receiver's own slot code ------------------------------------
// Numbers are unboxed, so their slots are int_binop/float_binop rather than
// HeapObject virtuals; as long_add and float_add they return NotImplemented
// for an operand of another type (int.__add__(1.5) is NotImplemented).

bool is_float_operand(const Object& x) { return x.is_float() || is_int(x); }

Object binop_slot(BinaryOp op, bool reflected, const Object& self, const Object& other) {
  const Object& a = reflected ? other : self;
  const Object& b = reflected ? self : other;
  if (is_int(self)) return is_int(other) ? ni_if_unbound(int_binop(op, a, b)) : not_implemented();
  if (self.is_float()) return is_float_operand(other) ? ni_if_unbound(float_binop(op, a, b)) : not_implemented();
  if (self.is_heap()) return ni_if_unbound(self.heap()->binop(op, other, reflected));
  return not_implemented();
}

template <BinaryOp Op, bool Reflected>
Object slot_binop(const Object& self, const CallArgs& args) {
  return binop_slot(Op, Reflected, self, args.args[0]);
}

template <BinaryOp Op>
Object slot_inplace(const Object& self, const CallArgs& args) {
  return ni_if_unbound(self.heap()->inplace(Op, args.args[0]));
}

// __pow__(value, mod=None) and __rpow__: the three-argument form only for ints
// (long_pow); float_pow raises for a modulus, as pow(2.0, 3, 5) does.
template <bool Reflected>
Object slot_pow(const Object& self, const CallArgs& args) {
  if (args.npos == 1 || args.args[1].is_none()) return binop_slot(BinaryOp::Pow, Reflected, self, args.args[0]);
  const Object& other = args.args[0];
  if (self.is_float() && is_float_operand(other)) {
    type_error("pow() 3rd argument not allowed unless all arguments are integers");
  }
  if (is_complex(self) && (is_float_operand(other) || is_complex(other))) detail::value_error("complex modulo");
  if (!is_int(self) || !is_int(other) || !is_int(args.args[1])) return not_implemented();
  return Reflected ? int_pow_mod(other, self, args.args[1]) : int_pow_mod(self, other, args.args[1]);
}

// __divmod__/__rdivmod__: numbers through builtins.divmod, whose messages
// ("integer division or modulo by zero", "float divmod()") are the slot's.
template <bool Reflected>
Object slot_divmod(const Object& self, const CallArgs& args) {
  const Object& other = args.args[0];
  bool ok = is_int(self) ? is_int(other) : self.is_float() && is_float_operand(other);
  if (!ok) return not_implemented();
  static const Object divmod = builtin_lookup("divmod");
  return Reflected ? call(divmod, {other, self}) : call(divmod, {self, other});
}

Object cmp_slot(CmpOp op, const Object& self, const Object& other) {
  if (is_int(self)) return is_int(other) ? compare(op, self, other) : not_implemented();
  if (self.is_float()) return is_float_operand(other) ? compare(op, self, other) : not_implemented();
  if (self.is_heap()) return ni_if_unbound(self.heap()->richcompare(other, op));
  return not_implemented();
}

template <CmpOp Op>
Object slot_cmp(const Object& self, const CallArgs& args) {
  return cmp_slot(Op, self, args.args[0]);
}

template <UnaryOp Op>
Object slot_unary(const Object& self, const CallArgs&) {
  return unary_op(Op, self);
}

Object int_value(const Object& self) { return self.is_bool() ? Object::from_int(self.as_bool()) : self; }

Object slot_abs(const Object& self, const CallArgs&) {
  if (self.is_float()) return Object::from_float(std::fabs(self.as_float()));
  if (is_complex(self)) return complex_abs(self);
  return int_sign(self) < 0 ? unary_op(UnaryOp::USub, self) : int_value(self);
}

Object slot_int(const Object& self, const CallArgs&) {
  return self.is_float() ? int_from_double(self.as_float()) : int_value(self);
}

Object slot_float(const Object& self, const CallArgs&) {
  return self.is_float() ? self : Object::from_float(int_to_double(self));
}

Object slot_index(const Object& self, const CallArgs&) { return int_value(self); }

Object slot_bool(const Object& self, const CallArgs&) { return Object::from_bool(truthy(self)); }

Object slot_repr(const Object& self, const CallArgs&) { return self.is_heap() ? self.heap()->repr() : repr(self); }
Object slot_str(const Object& self, const CallArgs&) { return self.is_heap() ? self.heap()->str() : str(self); }

Object slot_hash(const Object& self, const CallArgs&) {
  return Object::from_int(self.is_heap() ? self.heap()->hash() : hash(self));
}

Object slot_len(const Object& self, const CallArgs&) { return Object::from_int(len(self)); }
Object slot_iter(const Object& self, const CallArgs&) { return iter(self); }
Object slot_getitem(const Object& self, const CallArgs& args) { return getitem(self, args.args[0]); }

Object slot_setitem(const Object& self, const CallArgs& args) {
  setitem(self, args.args[0], args.args[1]);
  return kNone;
}

Object slot_delitem(const Object& self, const CallArgs& args) {
  delitem(self, args.args[0]);
  return kNone;
}

Object slot_contains(const Object& self, const CallArgs& args) {
  return Object::from_bool(contains(self, args.args[0]));
}

Object slot_call(const Object& self, const CallArgs& args) { return call_args(self, args); }

// __get__(instance, owner=None): the binding attribute lookup does
// (wrap_descr_get); None for the instance means access through the class.
Object slot_descr_get(const Object& self, const CallArgs& args) {
  const Object& obj = args.args[0];
  Object owner = args.npos == 2 ? args.args[1] : kNone;
  if (obj.is_none() && owner.is_none()) type_error("__get__(None, None) is invalid");
  TypeObject* type = is_type(owner) ? static_cast<TypeObject*>(owner.heap()) : obj.type();
  return bind_descriptor(self, obj.is_none() ? Object() : obj, type);
}

// property.__set__(instance, value) and __delete__(instance): the property's
// setter and deleter, with its messages.
Object slot_descr_set(const Object& self, const CallArgs& args) {
  property_set(static_cast<PropertyObject*>(self.heap()), args.args[0], Object(), args.args[1]);
  return kNone;
}

Object slot_descr_delete(const Object& self, const CallArgs& args) {
  property_set(static_cast<PropertyObject*>(self.heap()), args.args[0], Object(), Object());
  return kNone;
}

Object slot_next(const Object& self, const CallArgs&) {
  Object out;
  if (!next(self, out)) raise(new_exception_args(exc::StopIteration, {}));
  return out;
}

constexpr std::int16_t kAny = kAnyArgs;
using A = SlotArity;
using B = BinaryOp;

// CPython's slotdefs that pyrt's builtin types implement, in slotdefs' order.
const SlotDef slot_defs[] = {
    {"__repr__", slot_repr, 0, 0, A::Exact},
    {"__hash__", slot_hash, 0, 0, A::Exact},
    {"__call__", slot_call, 0, kAny, A::Any},
    {"__str__", slot_str, 0, 0, A::Exact},
    {"__lt__", slot_cmp<CmpOp::Lt>, 1, 1, A::Exact},
    {"__le__", slot_cmp<CmpOp::Le>, 1, 1, A::Exact},
    {"__eq__", slot_cmp<CmpOp::Eq>, 1, 1, A::Exact},
    {"__ne__", slot_cmp<CmpOp::Ne>, 1, 1, A::Exact},
    {"__gt__", slot_cmp<CmpOp::Gt>, 1, 1, A::Exact},
    {"__ge__", slot_cmp<CmpOp::Ge>, 1, 1, A::Exact},
    {"__iter__", slot_iter, 0, 0, A::Exact},
    {"__get__", slot_descr_get, 1, 2, A::Unpack},
    {"__set__", slot_descr_set, 2, 2, A::Unpack},
    {"__delete__", slot_descr_delete, 1, 1, A::Exact},
    {"__next__", slot_next, 0, 0, A::Exact},
    {"__add__", slot_binop<B::Add, false>, 1, 1, A::Exact},
    {"__radd__", slot_binop<B::Add, true>, 1, 1, A::Exact},
    {"__sub__", slot_binop<B::Sub, false>, 1, 1, A::Exact},
    {"__rsub__", slot_binop<B::Sub, true>, 1, 1, A::Exact},
    {"__mul__", slot_binop<B::Mult, false>, 1, 1, A::Exact},
    {"__rmul__", slot_binop<B::Mult, true>, 1, 1, A::Exact},
    {"__mod__", slot_binop<B::Mod, false>, 1, 1, A::Exact},
    {"__rmod__", slot_binop<B::Mod, true>, 1, 1, A::Exact},
    {"__divmod__", slot_divmod<false>, 1, 1, A::Exact},
    {"__rdivmod__", slot_divmod<true>, 1, 1, A::Exact},
    {"__pow__", slot_pow<false>, 1, 2, A::Unpack},
    {"__rpow__", slot_pow<true>, 1, 2, A::Unpack},
    {"__neg__", slot_unary<UnaryOp::USub>, 0, 0, A::Exact},
    {"__pos__", slot_unary<UnaryOp::UAdd>, 0, 0, A::Exact},
    {"__abs__", slot_abs, 0, 0, A::Exact},
    {"__bool__", slot_bool, 0, 0, A::Exact},
    {"__invert__", slot_unary<UnaryOp::Invert>, 0, 0, A::Exact},
    {"__lshift__", slot_binop<B::LShift, false>, 1, 1, A::Exact},
    {"__rlshift__", slot_binop<B::LShift, true>, 1, 1, A::Exact},
    {"__rshift__", slot_binop<B::RShift, false>, 1, 1, A::Exact},
    {"__rrshift__", slot_binop<B::RShift, true>, 1, 1, A::Exact},
    {"__and__", slot_binop<B::BitAnd, false>, 1, 1, A::Exact},
    {"__rand__", slot_binop<B::BitAnd, true>, 1, 1, A::Exact},
    {"__xor__", slot_binop<B::BitXor, false>, 1, 1, A::Exact},
    {"__rxor__", slot_binop<B::BitXor, true>, 1, 1, A::Exact},
    {"__or__", slot_binop<B::BitOr, false>, 1, 1, A::Exact},
    {"__ror__", slot_binop<B::BitOr, true>, 1, 1, A::Exact},
    {"__int__", slot_int, 0, 0, A::Exact},
    {"__float__", slot_float, 0, 0, A::Exact},
    {"__iadd__", slot_inplace<B::Add>, 1, 1, A::Exact},
    {"__isub__", slot_inplace<B::Sub>, 1, 1, A::Exact},
    {"__imul__", slot_inplace<B::Mult>, 1, 1, A::Exact},
    {"__iand__", slot_inplace<B::BitAnd>, 1, 1, A::Exact},
    {"__ixor__", slot_inplace<B::BitXor>, 1, 1, A::Exact},
    {"__ior__", slot_inplace<B::BitOr>, 1, 1, A::Exact},
    {"__floordiv__", slot_binop<B::FloorDiv, false>, 1, 1, A::Exact},
    {"__rfloordiv__", slot_binop<B::FloorDiv, true>, 1, 1, A::Exact},
    {"__truediv__", slot_binop<B::Div, false>, 1, 1, A::Exact},
    {"__rtruediv__", slot_binop<B::Div, true>, 1, 1, A::Exact},
    {"__index__", slot_index, 0, 0, A::Exact},
    {"__len__", slot_len, 0, 0, A::Exact},
    {"__getitem__", slot_getitem, 1, 1, A::Exact},
    {"__setitem__", slot_setitem, 2, 2, A::Unpack},
    {"__delitem__", slot_delitem, 1, 1, A::Exact},
    {"__contains__", slot_contains, 1, 1, A::Exact},
};

const SlotDef* find_slot(std::string_view name) {
  for (const SlotDef& s : slot_defs)
    if (name == s.name) return &s;
  return nullptr;
}

// Which slots each builtin type defines itself, read off CPython 3.11's
// vars(T): `wrappers` are its wrapper_descriptors (object's own, and
// __getattribute__/__setattr__/__delattr__/__init__, which every type
// inherits from object, aside); `methods` the slots CPython also defines as
// method_descriptors (METH_COEXIST: list.__getitem__, dict.__contains__);
// `unhashable` the types whose __hash__ is None.
struct TypeSlots {
  TypeObject** type;
  const char* wrappers;
  const char* methods;
  bool unhashable;
};

#define PYRT_CMP "__lt__ __le__ __eq__ __ne__ __gt__ __ge__ "
#define PYRT_ARITH                                                                                      \
  "__add__ __radd__ __sub__ __rsub__ __mul__ __rmul__ __mod__ __rmod__ __divmod__ __rdivmod__ __pow__ " \
  "__rpow__ __neg__ __pos__ __abs__ __bool__ __int__ __float__ __floordiv__ __rfloordiv__ __truediv__ " \
  "__rtruediv__ "
#define PYRT_BITS "__and__ __rand__ __xor__ __rxor__ __or__ __ror__ "
#define PYRT_SETOPS "__sub__ __rsub__ " PYRT_BITS

const TypeSlots type_slots[] = {
    {&types::int_, "__repr__ __hash__ " PYRT_CMP PYRT_ARITH PYRT_BITS
                   "__invert__ __lshift__ __rlshift__ __rshift__ __rrshift__ __index__", "", false},
    {&types::bool_, "__repr__ " PYRT_BITS, "", false},
    {&types::float_, "__repr__ __hash__ " PYRT_CMP PYRT_ARITH, "", false},
    {&types::complex_, "__repr__ __hash__ " PYRT_CMP "__add__ __radd__ __sub__ __rsub__ __mul__ __rmul__ __pow__ "
                       "__rpow__ __neg__ __pos__ __abs__ __bool__ __truediv__ __rtruediv__", "", false},
    {&types::str, "__repr__ __hash__ __str__ " PYRT_CMP "__iter__ __mod__ __rmod__ __len__ __getitem__ __add__ "
                  "__mul__ __rmul__ __contains__", "", false},
    {&types::bytes, "__repr__ __hash__ __str__ " PYRT_CMP "__iter__ __mod__ __rmod__ __len__ __getitem__ __add__ "
                    "__mul__ __rmul__ __contains__", "", false},
    {&types::bytearray, "__repr__ __str__ " PYRT_CMP "__iter__ __mod__ __rmod__ __len__ __getitem__ __setitem__ "
                        "__delitem__ __add__ __mul__ __rmul__ __contains__ __iadd__ __imul__", "", true},
    {&types::memoryview, "__repr__ __hash__ " PYRT_CMP "__iter__ __len__ __getitem__ __setitem__ __delitem__", "",
     false},
    {&types::list, "__repr__ " PYRT_CMP "__iter__ __len__ __setitem__ __delitem__ __add__ __mul__ __rmul__ "
                   "__contains__ __iadd__ __imul__", "__getitem__", true},
    {&types::tuple, "__repr__ __hash__ " PYRT_CMP "__iter__ __len__ __getitem__ __add__ __mul__ __rmul__ __contains__",
     "", false},
    {&types::dict, "__repr__ " PYRT_CMP "__iter__ __or__ __ror__ __ior__ __len__ __setitem__ __delitem__",
     "__getitem__ __contains__", true},
    {&types::set, "__repr__ " PYRT_CMP "__iter__ " PYRT_SETOPS "__isub__ __iand__ __ixor__ __ior__ __len__",
     "__contains__", true},
    {&types::frozenset, "__repr__ __hash__ " PYRT_CMP "__iter__ " PYRT_SETOPS "__len__", "__contains__", false},
    {&types::range, "__repr__ __hash__ " PYRT_CMP "__iter__ __bool__ __len__ __getitem__ __contains__", "", false},
    {&types::slice, "__repr__ " PYRT_CMP, "", true},
    {&types::type, "__repr__ __call__ __or__ __ror__", "", false},
    {&types::NoneType, "__repr__ __bool__", "", false},
    {&types::NotImplementedType, "__repr__", "", false},
    {&types::ellipsis, "__repr__", "", false},
    {&types::function, "__repr__ __call__ __get__", "", false},
    {&types::property, "__get__ __set__ __delete__", "", false},
    {&types::staticmethod, "__get__", "", false},
    {&types::classmethod, "__get__", "", false},
    {&types::method, "__repr__ __hash__ __call__ " PYRT_CMP, "", false},
    {&types::builtin_function, "__repr__ __hash__ __call__ " PYRT_CMP, "", false},
    {&types::dict_keys, "__repr__ " PYRT_CMP "__iter__ __len__ __contains__ " PYRT_SETOPS, "", true},
    {&types::dict_values, "__repr__ __iter__ __len__", "", false},
    {&types::dict_items, "__repr__ " PYRT_CMP "__iter__ __len__ __contains__ " PYRT_SETOPS, "", true},
};

#undef PYRT_CMP
#undef PYRT_ARITH
#undef PYRT_BITS
#undef PYRT_SETOPS

// Calls `fn` with each space-separated name of `names`.
template <class F>
void each_name(const char* names, F fn) {
  std::string_view rest(names);
  while (!rest.empty()) {
    std::size_t end = rest.find(' ');
    std::string_view n = rest.substr(0, end);
    if (!n.empty()) fn(n);
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
}

const SlotDef& slot_named(std::string_view name) {
  const SlotDef* s = find_slot(name);
  if (s == nullptr) std::abort();  // a misspelt row in type_slots: a bug caught by the first run
  return *s;
}

Object object_class(const Object& self) { return Object(self.type()); }

const GetSetDef object_getsets[] = {{"__class__", object_class}};

}  // namespace

// ---- WrapperDescriptor / MethodWrapper -------------------------------------------------------

WrapperDescriptor::WrapperDescriptor(TypeObject* o, const SlotDef* s) : HeapObject(wrapper_descriptor_type()), owner(o), slot(s) {}

namespace {

// The wrapper's own argument check (wrap_binaryfunc & co.: check_num_args, or
// PyArg_UnpackTuple for the ternary and objobjarg ones).
void check_wrapper_args(const SlotDef& s, const CallArgs& args) {
  if (s.arity != SlotArity::Any) {
    if (args.nkw != 0) type_error(std::string("wrapper ") + s.name + "() takes no keyword arguments");
    std::size_t n = args.npos, lo = static_cast<std::size_t>(s.min_args), hi = static_cast<std::size_t>(s.max_args);
    if (n < lo || n > hi) {
      std::size_t shown = n < lo ? lo : hi;
      std::string plural = shown == 1 ? "" : "s";
      // wrap_ternaryfunc and wrap_objobjargproc unpack with PyArg_UnpackTuple(args, "", ...).
      std::string bound = lo == hi ? "" : n < lo ? "at least " : "at most ";
      std::string text = s.arity == SlotArity::Unpack ? " expected " + bound : "expected ";
      type_error(text + std::to_string(shown) + " argument" + plural + ", got " + std::to_string(n));
    }
  }
}

bool names_contain(const char* names, std::string_view name) {
  bool found = false;
  each_name(names, [&](std::string_view n) { found = found || n == name; });
  return found;
}

}  // namespace

void detail::check_slot_arguments(TypeObject* owner, const char* name, const CallArgs& args, std::size_t nargs) {
  for (const TypeSlots& row : type_slots) {
    if (*row.type != owner) continue;
    const SlotDef* s = find_slot(name);
    if (s != nullptr && names_contain(row.methods, name)) {
      std::string qualified = owner->name + "." + name;
      auto lo = static_cast<std::size_t>(s->min_args), hi = static_cast<std::size_t>(s->max_args);
      check_nargs(args, lo == hi && hi <= 1 ? qualified.c_str() : name, lo, hi);
      return;
    }
    if (s != nullptr && names_contain(row.wrappers, name)) return check_wrapper_args(*s, args);
  }
  check_nargs(args, name, nargs, nargs);
}

Object WrapperDescriptor::call_bound(const Object& self, const CallArgs& args) const {
  check_wrapper_args(*slot, args);
  return slot->fn(detail::native_receiver(owner, self, slot->name), args);
}

Object WrapperDescriptor::repr() {
  return str_from(std::string("<slot wrapper '") + slot->name + "' of '" + owner->message_name() + "' objects>");
}

Object WrapperDescriptor::getattr(const Object& n) {
  namespace nm = detail::names;
  if (n.is(nm::name)) return str_from(slot->name);
  if (n.is(nm::qualname)) return str_from(owner->name + "." + slot->name);
  if (str_view(n) == "__objclass__") return Object(owner);
  if (n.is(nm::doc)) return kNone;
  return HeapObject::getattr(n);
}

Object WrapperDescriptor::call(const CallArgs& args) {
  if (args.npos == 0) {
    type_error(std::string("descriptor '") + slot->name + "' of '" + owner->name + "' object needs an argument");
  }
  const Object& self = args.args[0];
  if (!self.type()->is_subtype(owner)) {
    type_error(std::string("descriptor '") + slot->name + "' requires a '" + owner->name +
               "' object but received a '" + type_name_text(self) + "'");
  }
  return call_bound(self, CallArgs{args.args + 1, args.npos - 1, args.nkw, args.kwnames});
}

Object WrapperDescriptor::descr_get(const Object& obj, TypeObject*) {
  if (obj.is_unbound()) return Object(this);
  return make<MethodWrapper>(Object(this), obj);
}

MethodWrapper::MethodWrapper(Object d, Object s) : HeapObject(method_wrapper_type()), descr(std::move(d)), self(std::move(s)) {}

Object MethodWrapper::repr() {
  auto* d = static_cast<WrapperDescriptor*>(descr.heap());
  char buf[32];
  std::snprintf(buf, sizeof buf, " object at %p>", self.is_heap() ? static_cast<void*>(self.heap()) : static_cast<void*>(this));
  return str_from(std::string("<method-wrapper '") + d->slot->name + "' of " + self.type()->name + buf);
}

// method-wrapper objects compare and hash by receiver identity and slot
// (wrapper_richcompare, wrapper_hash).
std::int64_t MethodWrapper::hash() {
  std::int64_t h = pyrt::hash(self) ^ detail::identity_hash(descr.heap());
  return h == -1 ? -2 : h;
}

Object MethodWrapper::richcompare(const Object& other, CmpOp op) {
  if (other.type() != method_wrapper_type() || (op != CmpOp::Eq && op != CmpOp::Ne)) return Object();
  auto* o = static_cast<MethodWrapper*>(other.heap());
  bool eq = descr.is(o->descr) && self.is(o->self);
  return Object::from_bool(op == CmpOp::Eq ? eq : !eq);
}

Object MethodWrapper::getattr(const Object& n) {
  namespace nm = detail::names;
  auto* d = static_cast<WrapperDescriptor*>(descr.heap());
  if (n.is(nm::name)) return str_from(d->slot->name);
  if (n.is(nm::qualname)) return str_from(d->owner->name + "." + d->slot->name);
  if (str_view(n) == "__self__") return self;
  if (str_view(n) == "__objclass__") return Object(d->owner);
  if (n.is(nm::doc)) return kNone;
  return HeapObject::getattr(n);
}

Object MethodWrapper::call(const CallArgs& args) {
  return static_cast<WrapperDescriptor*>(descr.heap())->call_bound(self, args);
}

// ---- GetSetDescriptor ---------------------------------------------------------------------------

GetSetDescriptor::GetSetDescriptor(TypeObject* o, const char* n, Getter g, bool m, Setter st)
    : HeapObject(m ? detail::member_descriptor_type() : getset_descriptor_type()), owner(o), name(n), get(g),
      member(m), set(st) {}

Object GetSetDescriptor::repr() {
  return str_from(std::string(member ? "<member '" : "<attribute '") + name + "' of '" + owner->message_name() + "' objects>");
}

Object GetSetDescriptor::getattr(const Object& n) {
  namespace nm = detail::names;
  if (n.is(nm::name)) return str_from(name);
  if (n.is(nm::qualname)) return str_from(owner->name + "." + name);
  if (str_view(n) == "__objclass__") return Object(owner);
  if (n.is(nm::doc)) return kNone;
  return HeapObject::getattr(n);
}

Object GetSetDescriptor::descr_get(const Object& obj, TypeObject*) {
  if (obj.is_unbound()) return Object(this);
  return get(detail::native_receiver(owner, obj, name));
}

// A read-only one leaves the assignment to the caller's error ("is not writable").
bool GetSetDescriptor::descr_set(const Object& obj, const Object& value) {
  if (set == nullptr || !obj.type()->is_subtype(owner)) return false;
  set(obj, value);
  return true;
}

void add_getsets(TypeObject* type, std::span<const GetSetDef> rows) {
  for (const GetSetDef& g : rows) {
    dict_set(type->dict, intern(g.name), make<GetSetDescriptor>(type, g.name, g.get, g.member, g.set));
  }
}

bool is_slot_wrapper(const Object& attr) noexcept { return attr.is_heap() && attr.heap()->type == wrapper_descriptor_type(); }

// A type's own native slot methods (NativeSlots, registered by its init) stay: they run the
// type's code directly, where these wrappers dispatch through the generic operation and so
// would reach a subclass's override again from its super() call, recursing forever.
bool defines_natively(TypeObject* type, const char* name) {
  return !dict_get(type->dict, intern(name)).is_unbound();
}

void add_slot_wrappers(TypeObject* type, const char* names) {
  each_name(names, [&](std::string_view n) {
    const SlotDef& s = slot_named(n);
    if (defines_natively(type, s.name)) return;
    dict_set(type->dict, intern(s.name), make<WrapperDescriptor>(type, &s));
  });
}

TypeObject* detail::member_descriptor_type() {
  static TypeObject* t = [] {
    TypeObject* m = make_builtin_type("member_descriptor");
    add_slot_descriptor_methods(m);
    return m;
  }();
  return t;
}

void detail::init_slot_wrappers() {
  add_getsets(types::object, object_getsets);
  for (const TypeSlots& row : type_slots) {
    TypeObject* t = *row.type;
    add_slot_wrappers(t, row.wrappers);
    each_name(row.methods, [&](std::string_view n) {
      const SlotDef& s = slot_named(n);
      if (defines_natively(t, s.name)) return;
      NativeMethodDef def{s.name, s.fn, s.min_args, s.max_args};
      dict_set(t->dict, intern(s.name), make<MethodDescriptor>(t, def));
    });
    // Object::none(), not kNone: runtime_init() may run before this file's
    // dynamic initializers have assigned kNone.
    if (row.unhashable) dict_set(t->dict, detail::names::hash, Object::none());
  }
}

}  // namespace pyrt
