// The default protocol every HeapObject inherits (CPython's `object` type:
// object_repr, PyObject_GenericGetAttr, _Py_HashPointer), Object::type(), and
// object's own methods (object.__init__, __eq__, __setattr__, ...).
#include <string>
#include <vector>

#include "internal.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception_object.h"
#include "pyrt/object/format.h"
#include "pyrt/object/function.h"
#include "pyrt/object/instance.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

TypeObject* Object::type() const noexcept {
  switch (tag_) {
    case Tag::Unbound:
    case Tag::None: return types::NoneType;
    case Tag::Bool: return types::bool_;
    case Tag::Int: return types::int_;
    case Tag::Float: return types::float_;
    case Tag::Heap: return u_.p->type;
  }
  return types::NoneType;
}

// ---- HeapObject defaults: object's behaviour ---------------------------------

Object HeapObject::repr() { return str_from(default_object_repr(Object(this))); }
Object HeapObject::str() { return repr(); }
std::int64_t HeapObject::hash() { return detail::identity_hash(this); }

Object HeapObject::richcompare(const Object& other, CmpOp op) {
  bool same = other.is_heap() && other.heap() == this;
  if (op == CmpOp::Eq && same) return kTrue;
  if (op == CmpOp::Ne && same) return kFalse;
  return Object();
}

Object HeapObject::getattr(const Object& name) { return generic_getattr(Object(this), Object(), name); }

// PyObject_GenericSetAttr on an object without a __dict__: only a native data descriptor of
// its type can take the value.
void HeapObject::setattr(const Object& name, const Object& value) {
  Object descr = type->lookup(name);
  if (descr.is_heap() && descr.heap()->descr_set(Object(this), value)) return;
  detail::no_dict_setattr_error(Object(this), name);
}

Object HeapObject::call(const CallArgs&) { return Object(); }
Object HeapObject::iter() { return Object(); }

bool HeapObject::next(Object&) { detail::type_error("'" + type->name + "' object is not an iterator"); }

std::int64_t HeapObject::len() { return -1; }
Object HeapObject::getitem(const Object&) { return Object(); }

void HeapObject::setitem(const Object& key, const Object& value) {
  if (value.is_unbound()) detail::item_deletion_error(Object(this), key);
  detail::type_error("'" + type->name + "' object does not support item assignment");
}

Object HeapObject::contains(const Object&) { return Object(); }
Object HeapObject::truthy() { return Object(); }
Object HeapObject::binop(BinaryOp, const Object&, bool) { return Object(); }
Object HeapObject::inplace(BinaryOp, const Object&) { return Object(); }
Object HeapObject::unaryop(UnaryOp) { return Object(); }
Object HeapObject::descr_get(const Object&, TypeObject*) { return Object(); }
bool HeapObject::descr_set(const Object&, const Object&) { return false; }

// ---- shared helpers ----------------------------------------------------------------

namespace detail {

void no_dict_setattr_error(const Object& obj, const Object& name) {
  TypeObject* t = obj.type();
  std::string n(str_view(name));
  Object existing = t->lookup(name);
  if (existing.is_unbound()) attribute_error("'" + t->message_name() + "' object has no attribute '" + n + "'");
  if (auto* d = existing.is_heap() ? dynamic_cast<GetSetDescriptor*>(existing.heap()) : nullptr) {
    if (d->member) attribute_error("readonly attribute");
    attribute_error("attribute '" + n + "' of '" + d->owner->message_name() + "' objects is not writable");
  }
  attribute_error("'" + t->message_name() + "' object attribute '" + n + "' is read-only");
}

void item_deletion_error(const Object& obj, const Object& key) {
  TypeObject* t = obj.type();
  bool index = is_int(key) || !key.type()->lookup(names::index).is_unbound();
  bool sequence = t->is_heap_type || !t->lookup(names::len).is_unbound() || !t->lookup(names::contains).is_unbound();
  type_error("'" + t->name + "' object " + (index && sequence ? "doesn't" : "does not") + " support item deletion");
}

std::int64_t identity_hash(const void* p) noexcept {
  auto y = reinterpret_cast<std::uintptr_t>(p);
  y = (y >> 4) | (y << (8 * sizeof(void*) - 4));
  auto x = static_cast<std::int64_t>(y);
  return x == -1 ? -2 : x;
}

namespace {
std::vector<const void*>& repr_stack() {
  static auto* stack = new std::vector<const void*>();
  return *stack;
}
}  // namespace

ReprGuard::ReprGuard(const void* ptr) : entered(true), p(ptr) {
  for (const void* q : repr_stack()) {
    if (q == ptr) {
      entered = false;
      return;
    }
  }
  repr_stack().push_back(ptr);
}

ReprGuard::~ReprGuard() {
  if (entered) repr_stack().pop_back();
}

Object NativeIterator::iter() { return Object(this); }

namespace {

Object iterator_length_hint(const Object& self, const CallArgs&) {
  std::int64_t n = static_cast<NativeIterator*>(self.heap())->length_hint();
  return n < 0 ? not_implemented() : Object::from_int(n);
}

}  // namespace

void add_length_hint(TypeObject* type) {
  static const NativeMethodDef method{"__length_hint__", iterator_length_hint, 0, 0};
  add_methods(type, {&method, 1});
}

TypeObject* iterator_type(const char* name, bool has_length_hint) {
  TypeObject* t = make_builtin_type(name);
  add_slot_wrappers(t, "__iter__ __next__");
  if (has_length_hint) add_length_hint(t);
  return t;
}

namespace {

struct Singleton final : HeapObject {
  Singleton(TypeObject* t, const char* text) : HeapObject(t), text(text) {}
  const char* text;
  Object repr() override { return str_from(text); }
};

Object g_not_implemented;

}  // namespace

const Object& not_implemented() { return g_not_implemented; }
bool is_not_implemented(const Object& x) noexcept { return x.is_heap() && x.heap() == g_not_implemented.heap(); }

bool is_slot_default(const Object& attr) {
  if (is_slot_wrapper(attr)) return true;
  return attr.type() == types::builtin_function && static_cast<BuiltinFunction*>(attr.heap())->slot_default;
}

Object call_as_method_args(const Object& attr, const Object& self, const CallArgs& args) {
  TypeObject* t = attr.type();
  if (t == types::function) return static_cast<FunctionObject*>(attr.heap())->call_with_self(self, args);
  if (t == types::builtin_function && static_cast<BuiltinFunction*>(attr.heap())->binds_as_method) {
    std::vector<Object> full;
    full.reserve(args.npos + args.nkw + 1);
    full.push_back(self);
    for (std::size_t i = 0; i < args.npos + args.nkw; ++i) full.push_back(args.args[i]);
    return attr.heap()->call(CallArgs{full.data(), args.npos + 1, args.nkw, args.kwnames});
  }
  return call_args(bind_descriptor(attr, self, self.type()), args);
}

Object call_as_method(const Object& attr, const Object& self, std::initializer_list<Object> args) {
  return call_as_method_args(attr, self, CallArgs{args.begin(), args.size(), 0, nullptr});
}

}  // namespace detail

// ---- object's methods ------------------------------------------------------------

namespace {

using detail::type_error;

Object object_init(const CallArgs& args) {
  if (args.npos + args.nkw > 1) type_error("object.__init__() takes exactly one argument (the instance to initialize)");
  return kNone;
}

Object object_new(const CallArgs& args) {
  if (args.npos < 1) type_error("object.__new__(): not enough arguments");
  const Object& cls = args.args[0];
  if (!is_type(cls)) {
    type_error("object.__new__(X): X is not a type object (" + type_name_text(cls) + ")");
  }
  auto* t = static_cast<TypeObject*>(cls.heap());
  if (detail::solid_base(t) != types::object) {
    return detail::solid_base(t)->native_new(t, CallArgs{args.args + 1, args.npos - 1, args.nkw, args.kwnames});
  }
  if (t == types::object) return make<HeapObject>(types::object);
  return new_instance(t);
}

// object(): a bare object with no __dict__, so `object().x = 1` raises
// "'object' object has no attribute 'x'" as in CPython (object_new).
Object object_call_new(TypeObject*, const CallArgs& args) {
  if (args.npos != 0 || args.nkw != 0) type_error("object() takes no arguments");
  return make<HeapObject>(types::object);
}

Object object_repr(const CallArgs& args) {
  check_nargs(args, "__repr__", 1, 1);
  return str_from(default_object_repr(args.args[0]));
}

Object object_str(const CallArgs& args) {
  check_nargs(args, "__str__", 1, 1);
  return repr(args.args[0]);
}

Object object_eq(const CallArgs& args) {
  check_nargs(args, "__eq__", 2, 2);
  return args.args[0].is(args.args[1]) ? kTrue : detail::not_implemented();
}

Object object_ne(const CallArgs& args) {
  check_nargs(args, "__ne__", 2, 2);
  Object eq = args.args[0].is_heap() ? args.args[0].heap()->richcompare(args.args[1], CmpOp::Eq)
                                     : Object::from_bool(args.args[0].is(args.args[1]));
  if (eq.is_unbound() || detail::is_not_implemented(eq)) return detail::not_implemented();
  return Object::from_bool(!truthy(eq));
}

Object object_cmp_not_implemented(const CallArgs&) { return detail::not_implemented(); }

Object object_hash(const CallArgs& args) {
  check_nargs(args, "__hash__", 1, 1);
  const Object& self = args.args[0];
  return Object::from_int(self.is_heap() ? detail::identity_hash(self.heap()) : hash(self));
}

Object object_setattr_fn(const CallArgs& args) {
  check_nargs(args, "__setattr__", 3, 3);
  object_setattr(args.args[0], args.args[1], args.args[2]);
  return kNone;
}

Object object_delattr_fn(const CallArgs& args) {
  check_nargs(args, "__delattr__", 2, 2);
  object_setattr(args.args[0], args.args[1], Object());
  return kNone;
}

Object object_getattribute(const CallArgs& args) {
  check_nargs(args, "__getattribute__", 2, 2);
  const Object& self = args.args[0];
  Object* slot = self.is_heap() ? self.heap()->instance_dict() : nullptr;
  Object dict = slot != nullptr ? *slot : Object();
  Object r = generic_getattr(self, dict, args.args[1]);
  if (r.is_unbound()) {
    detail::attribute_error("'" + self.type()->name + "' object has no attribute '" +
                            std::string(str_view(args.args[1])) + "'");
  }
  return r;
}

Object object_format(const CallArgs& args) {
  check_nargs(args, "__format__", 2, 2);
  const Object& spec = args.args[1];
  if (!is_str(spec)) bad_argument("__format__", 0, "str", spec);
  if (!str_view(spec).empty()) {
    type_error("unsupported format string passed to " + args.args[0].type()->name + ".__format__");
  }
  return str(args.args[0]);
}

Object object_init_subclass(const CallArgs&) { return kNone; }

}  // namespace

void detail::add_slot_default(TypeObject* type, const char* name, NativeFn fn, bool binds) {
  auto* f = new BuiltinFunction(name, fn);
  f->binds_as_method = binds;
  f->slot_default = true;
  dict_set(type->dict, intern(name), Object(f));
}

void detail::init_object_methods() {
  types::NoneType = make_builtin_type("NoneType");
  types::NotImplementedType = make_builtin_type("NotImplementedType");
  types::ellipsis = make_builtin_type("ellipsis");
  g_not_implemented = make<Singleton>(types::NotImplementedType, "NotImplemented");
  ++g_not_implemented.heap()->refcnt;  // immortal
  TypeObject* o = types::object;
  o->native_new = object_call_new;
  detail::add_slot_default(o, "__init__", object_init);
  detail::add_slot_default(o, "__new__", object_new);
  detail::add_slot_default(o, "__repr__", object_repr);
  detail::add_slot_default(o, "__str__", object_str);
  detail::add_slot_default(o, "__eq__", object_eq);
  detail::add_slot_default(o, "__ne__", object_ne);
  detail::add_slot_default(o, "__lt__", object_cmp_not_implemented);
  detail::add_slot_default(o, "__le__", object_cmp_not_implemented);
  detail::add_slot_default(o, "__gt__", object_cmp_not_implemented);
  detail::add_slot_default(o, "__ge__", object_cmp_not_implemented);
  detail::add_slot_default(o, "__hash__", object_hash);
  detail::add_slot_default(o, "__setattr__", object_setattr_fn);
  detail::add_slot_default(o, "__delattr__", object_delattr_fn);
  detail::add_slot_default(o, "__getattribute__", object_getattribute);
  detail::add_slot_default(o, "__format__", object_format);
  detail::add_slot_default(o, "__init_subclass__", object_init_subclass);
  dict_set(o->dict, names::doc,
           str_from("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new "
                    "featureless\ninstance that has no instance attributes and cannot be given any.\n"));
  // object.__init_subclass__ is an implicit classmethod: calling it through
  // the class must not bind the class as `self`.
  static_cast<BuiltinFunction*>(dict_get(o->dict, names::init_subclass).heap())->binds_as_method = false;
}

}  // namespace pyrt
