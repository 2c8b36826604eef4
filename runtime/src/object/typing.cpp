// Annotation-time objects: types.GenericAlias, types.UnionType, typing's
// special forms and the collections.abc classes (with the structural
// isinstance checks of their __subclasshook__s and their mixin methods).
// Mirrors Objects/genericaliasobject.c (ga_repr), Objects/unionobject.c,
// Lib/typing.py and Lib/_collections_abc.py.
#include "pyrt/object/typing.h"

#include <string>
#include <vector>

#include "internal.h"
#include "pyrt/object/descriptor.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/function.h"
#include "pyrt/object/instance.h"
#include "pyrt/object/list.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/set.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

// _Py_typing_type_repr: types print as their qualified name, ... as "...".
std::string type_repr(const Object& x) {
  if (x.is_none()) return "None";
  if (x.type() == types::ellipsis) return "...";
  if (is_type(x)) {
    auto* t = static_cast<TypeObject*>(x.heap());
    if (t->module == "builtins") return t->qualname;
    return t->module + "." + t->qualname;
  }
  return repr_text(x);
}

struct GenericAlias final : HeapObject {
  GenericAlias(Object origin, Object args, std::string prefix)
      : HeapObject(types::generic_alias), origin(std::move(origin)), args(std::move(args)), prefix(std::move(prefix)) {}
  Object origin;
  Object args;         // tuple
  std::string prefix;  // "typing.List" for typing's aliases; empty = repr of origin

  Object repr() override {
    std::string out = prefix.empty() ? type_repr(origin) : prefix;
    out += "[";
    const auto& a = tuple_items(args);
    if (a.empty()) out += "()";
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (i) out += ", ";
      if (is_list(a[i])) {
        out += "[";
        const auto& inner = list_items(a[i]);
        for (std::size_t k = 0; k < inner.size(); ++k) out += (k ? ", " : "") + type_repr(inner[k]);
        out += "]";
      } else {
        out += type_repr(a[i]);
      }
    }
    return str_from(out + "]");
  }
  Object getattr(const Object& name) override {
    std::string_view n = str_view(name);
    if (n == "__origin__") return origin;
    if (n == "__args__") return args;
    if (n == "__parameters__") return tuple_of({});
    if (name.is(detail::names::class_)) return Object(types::generic_alias);
    return getattr_or_unbound(origin, name);
  }
  Object call(const CallArgs& a) override { return call_args(origin, a); }
  Object getitem(const Object& key) override { return make_generic_alias(Object(this), key); }
  std::int64_t hash() override { return pyrt::hash(origin) ^ pyrt::hash(args); }
  Object richcompare(const Object& other, CmpOp op) override {
    if (other.type() != types::generic_alias || (op != CmpOp::Eq && op != CmpOp::Ne)) return Object();
    auto* o = static_cast<GenericAlias*>(other.heap());
    bool eq = equal(origin, o->origin) && equal(args, o->args);
    return Object::from_bool(op == CmpOp::Eq ? eq : !eq);
  }
  Object binop(BinaryOp op, const Object& other, bool reflected) override {
    if (op != BinaryOp::BitOr) return Object();
    return reflected ? make_union(other, Object(this)) : make_union(Object(this), other);
  }
};

struct UnionType final : HeapObject {
  explicit UnionType(Object args) : HeapObject(types::union_type), args(std::move(args)) {}
  Object args;
  Object repr() override {
    std::string out;
    const auto& a = tuple_items(args);
    for (std::size_t i = 0; i < a.size(); ++i) out += (i ? " | " : "") + type_repr(a[i]);
    return str_from(out);
  }
  Object getattr(const Object& name) override {
    if (str_view(name) == "__args__") return args;
    return HeapObject::getattr(name);
  }
  Object binop(BinaryOp op, const Object& other, bool reflected) override {
    if (op != BinaryOp::BitOr) return Object();
    return reflected ? make_union(other, Object(this)) : make_union(Object(this), other);
  }
  Object getitem(const Object&) override { return Object(this); }
};

void add_union_arg(std::vector<Object>& out, const Object& x) {
  if (x.type() == types::union_type) {
    for (const Object& a : tuple_items(static_cast<UnionType*>(x.heap())->args)) add_union_arg(out, a);
    return;
  }
  Object v = x.is_none() ? Object(types::NoneType) : x;
  for (const Object& o : out)
    if (o.is(v)) return;
  out.push_back(v);
}

}  // namespace

Object make_generic_alias(const Object& origin, const Object& args) {
  Object a = is_tuple(args) ? args : tuple_of({args});
  return make<GenericAlias>(origin, a, "");
}

Object make_union(const Object& a, const Object& b) {
  std::vector<Object> args;
  add_union_arg(args, a);
  add_union_arg(args, b);
  if (args.size() == 1) return args[0];
  return make<UnionType>(tuple_from_vector(std::move(args)));
}

namespace {

// ---- typing's special forms ------------------------------------------------------------------

// Optional, Union, Any, List, ...: subscriptable objects with typing's reprs.
struct SpecialForm final : HeapObject {
  SpecialForm(TypeObject* t, std::string name, Object origin) : HeapObject(t), name(std::move(name)), origin(std::move(origin)) {}
  std::string name;  // "typing.Optional"
  Object origin;     // the runtime class for List/Dict/..., unbound for pure forms
  Object repr() override { return str_from(name); }
  Object getitem(const Object& key) override {
    std::string_view n = std::string_view(name).substr(7);  // after "typing."
    if (n == "Optional") {
      return make<GenericAlias>(Object(this), tuple_of({key}), name);
    }
    if (n == "Union") return make<GenericAlias>(Object(this), is_tuple(key) ? key : tuple_of({key}), name);
    return make<GenericAlias>(origin.is_unbound() ? Object(this) : origin, is_tuple(key) ? key : tuple_of({key}), name);
  }
  Object call(const CallArgs& a) override {
    if (!origin.is_unbound()) return call_args(origin, a);
    detail::type_error("Cannot instantiate " + name);
  }
  Object binop(BinaryOp op, const Object& other, bool reflected) override {
    if (op != BinaryOp::BitOr) return Object();
    return reflected ? make_union(other, Object(this)) : make_union(Object(this), other);
  }
  Object getattr(const Object& n) override {
    if (n.is(detail::names::name)) return str_from(std::string_view(name).substr(7));
    if (str_view(n) == "__origin__" && !origin.is_unbound()) return origin;
    return HeapObject::getattr(n);
  }
};

TypeObject* special_form_type() {
  static TypeObject* t = make_builtin_type("_SpecialForm", nullptr, "typing");
  return t;
}

Object special(const char* name, Object origin = Object()) {
  return make<SpecialForm>(special_form_type(), std::string("typing.") + name, std::move(origin));
}

struct TypeVarObject final : HeapObject {
  TypeVarObject(TypeObject* t, Object name) : HeapObject(t), name(std::move(name)) {}
  Object name;
  Object repr() override { return str_from("~" + std::string(str_view(name))); }
  Object binop(BinaryOp op, const Object& other, bool reflected) override {
    if (op != BinaryOp::BitOr) return Object();
    return reflected ? make_union(other, Object(this)) : make_union(Object(this), other);
  }
  Object getattr(const Object& n) override {
    if (n.is(detail::names::name)) return name;
    return HeapObject::getattr(n);
  }
};

TypeObject* typevar_type;

Object typevar_new(TypeObject* t, const CallArgs& args) {
  if (args.npos < 1 || !is_str(args.args[0])) detail::type_error("TypeVar() missing required argument 'name'");
  return make<TypeVarObject>(t, args.args[0]);
}

Object identity_fn(const CallArgs& args) {
  check_nargs(args, "overload", 1, 1);
  return args.args[0];
}

Object cast_fn(const CallArgs& args) {
  check_nargs(args, "cast", 2, 2);
  return args.args[1];
}

Object class_getitem(const CallArgs& args) {
  // Bound as a classmethod: (cls, params).
  check_nargs(args, "__class_getitem__", 2, 2);
  return make_generic_alias(args.args[0], args.args[1]);
}

Object self_method(const CallArgs& args) {
  check_nargs(args, "__iter__", 1, 1);
  return args.args[0];
}

// ---- collections.abc --------------------------------------------------------------------------

bool has_attr(const Object& x, const char* name) {
  if (!x.is_heap()) return false;
  return !getattr_or_unbound(x, intern(name)).is_unbound();
}

bool type_named(const Object& x, std::initializer_list<const char*> names) {
  std::string_view n = x.type()->name;
  for (const char* s : names)
    if (n == s) return true;
  return false;
}

bool is_builtin_iterable(const Object& x) {
  TypeObject* t = x.type();
  return t == types::list || t == types::tuple || t == types::dict || t == types::set || t == types::frozenset ||
         t == types::str || t == types::range || t == types::bytes || t == types::dict_keys ||
         t == types::dict_values || t == types::dict_items;
}

bool check_iterable(const Object& x) {
  return is_builtin_iterable(x) || dynamic_cast<detail::NativeIterator*>(x.is_heap() ? x.heap() : nullptr) != nullptr ||
         type_named(x, {"generator"}) || (x.is_heap() && !x.type()->lookup(detail::names::iter).is_unbound());
}

bool check_iterator(const Object& x) {
  if (!x.is_heap()) return false;
  if (dynamic_cast<detail::NativeIterator*>(x.heap()) != nullptr || type_named(x, {"generator"})) return true;
  return !x.type()->lookup(detail::names::next).is_unbound() && !x.type()->lookup(detail::names::iter).is_unbound();
}

bool check_async_iterable(const Object& x) { return type_named(x, {"async_generator"}) || has_attr(x, "__aiter__"); }
bool check_async_iterator(const Object& x) {
  return type_named(x, {"async_generator"}) || (has_attr(x, "__anext__") && has_attr(x, "__aiter__"));
}
bool check_awaitable(const Object& x) {
  return x.is_heap() && (x.heap()->native_awaitable() != nullptr || has_attr(x, "__await__"));
}
bool check_coroutine(const Object& x) { return type_named(x, {"coroutine"}); }
bool check_async_generator(const Object& x) { return type_named(x, {"async_generator"}); }
bool check_generator(const Object& x) { return type_named(x, {"generator"}); }
bool check_sized(const Object& x) {
  return is_builtin_iterable(x) || (x.is_heap() && !x.type()->lookup(detail::names::len).is_unbound());
}
bool check_callable(const Object& x) { return is_callable(x); }
bool check_hashable(const Object& x) {
  TypeObject* t = x.type();
  if (t->is_subtype(types::list) || t->is_subtype(types::dict) || t == types::set) return false;
  Object h = t->lookup(detail::names::hash);
  return !h.is_none();
}
bool check_sequence(const Object& x) {
  TypeObject* t = x.type();
  return t->is_subtype(types::list) || t->is_subtype(types::tuple) || t->is_subtype(types::str) || t == types::range ||
         t->is_subtype(types::bytes);
}
// Subclasses of list and dict are registered too (isinstance follows
// issubclass through ABCMeta's registry).
bool check_mutable_sequence(const Object& x) { return x.type()->is_subtype(types::list); }
bool check_mapping(const Object& x) { return x.type()->is_subtype(types::dict); }
bool check_set(const Object& x) { return x.type() == types::set || x.type() == types::frozenset; }
bool check_mutable_set(const Object& x) { return x.type() == types::set; }
bool check_container(const Object& x) {
  return is_builtin_iterable(x) || (x.is_heap() && !x.type()->lookup(detail::names::contains).is_unbound());
}

// One class of Lib/_collections_abc.py: its bases and its
// __abstractmethods__ as CPython 3.11 computes them (space-separated).
struct AbcSpec {
  const char* name;
  bool (*check)(const Object&);
  const char* bases;
  const char* abstract_methods;
};

const AbcSpec kAbcs[] = {
    {"Hashable", check_hashable, "", "__hash__"},
    {"Awaitable", check_awaitable, "", "__await__"},
    {"Coroutine", check_coroutine, "Awaitable", "__await__ send throw"},
    {"AsyncIterable", check_async_iterable, "", "__aiter__"},
    {"AsyncIterator", check_async_iterator, "AsyncIterable", "__anext__"},
    {"AsyncGenerator", check_async_generator, "AsyncIterator", "asend athrow"},
    {"Iterable", check_iterable, "", "__iter__"},
    {"Iterator", check_iterator, "Iterable", "__next__"},
    {"Reversible", check_sequence, "Iterable", "__iter__ __reversed__"},
    {"Generator", check_generator, "Iterator", "send throw"},
    {"Sized", check_sized, "", "__len__"},
    {"Container", check_container, "", "__contains__"},
    {"Collection", check_sized, "Sized Iterable Container", "__contains__ __iter__ __len__"},
    {"Callable", check_callable, "", "__call__"},
    {"Set", check_set, "Collection", "__contains__ __iter__ __len__"},
    {"MutableSet", check_mutable_set, "Set", "__contains__ __iter__ __len__ add discard"},
    {"Mapping", check_mapping, "Collection", "__getitem__ __iter__ __len__"},
    {"MutableMapping", check_mapping, "Mapping", "__delitem__ __getitem__ __iter__ __len__ __setitem__"},
    {"Sequence", check_sequence, "Reversible Collection", "__getitem__ __len__"},
    {"MutableSequence", check_mutable_sequence, "Sequence", "__delitem__ __getitem__ __len__ __setitem__ insert"},
};

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> out;
  while (!s.empty()) {
    std::size_t end = s.find(' ');
    out.push_back(s.substr(0, end));
    s = end == std::string_view::npos ? std::string_view() : s.substr(end + 1);
  }
  return out;
}

Object abc_module_cache;

// The classes CPython writes in Python here (abc.ABC, typing.Generic and Protocol, the
// collections.abc classes) all declare `__slots__ = ()`, so that their subclasses are the first
// to add __dict__ and __weakref__.
const Object& slots_name() {
  static const Object name = intern("__slots__");
  return name;
}

// The collections.abc classes are Python classes in CPython
// (Lib/_collections_abc.py, metaclass ABCMeta), so they are heap classes
// here too and their subclasses' instances are plain instances.
Object make_abc_classes() {
  if (!abc_module_cache.is_unbound()) return abc_module_cache;
  Object m = new_module("collections.abc");
  Object cg = make<ClassMethodObject>(make_builtin("__class_getitem__", class_getitem));
  for (const AbcSpec& spec : kAbcs) {
    std::vector<TypeObject*> bases;
    for (std::string_view b : split_words(spec.bases)) {
      bases.push_back(static_cast<TypeObject*>(getattr(m, intern(std::string(b))).heap()));
    }
    TypeObject* t = make_python_class(spec.name, "collections.abc", bases,
                                      {{slots_name(), tuple_of({})}, {detail::names::class_getitem, cg}}, true);
    t->instance_check = spec.check;
    // The mixin methods Iterator.__iter__ and AsyncIterator.__aiter__ return self.
    std::string_view n = spec.name;
    if (n == "Iterator" || n == "AsyncIterator") {
      auto* f = new BuiltinFunction(n == "Iterator" ? "__iter__" : "__aiter__", self_method);
      f->binds_as_method = true;
      t->setattr(intern(n == "Iterator" ? "__iter__" : "__aiter__"), Object(f));
    }
    std::vector<Object> abstract;
    for (std::string_view a : split_words(spec.abstract_methods)) abstract.push_back(intern(std::string(a)));
    t->setattr(detail::names::abstractmethods, set_from_iterable(list_from_vector(std::move(abstract)), true));
    module_add(m, spec.name, Object(t));
  }
  abc_module_cache = m;
  return m;
}

}  // namespace

Object make_collections_abc_module() { return make_abc_classes(); }

Object make_typing_module() {
  Object abc = make_abc_classes();
  Object m = new_module("typing");
  for (const AbcSpec& spec : kAbcs) {
    Object cls = getattr(abc, intern(spec.name));
    module_add(m, spec.name, special(spec.name, cls));
  }
  const char* forms[] = {"Any", "Optional", "Union", "ClassVar", "Final", "Literal", "NoReturn", "Never", "Self",
                         "Annotated", "TypeAlias", "Concatenate", "TypeGuard", "Required", "NotRequired", "Unpack"};
  for (const char* f : forms) module_add(m, f, special(f));
  module_add(m, "List", special("List", Object(types::list)));
  module_add(m, "Dict", special("Dict", Object(types::dict)));
  module_add(m, "Set", special("Set", Object(types::set)));
  module_add(m, "FrozenSet", special("FrozenSet", Object(types::frozenset)));
  module_add(m, "Tuple", special("Tuple", Object(types::tuple)));
  module_add(m, "Type", special("Type", Object(types::type)));
  module_add(m, "DefaultDict", special("DefaultDict", Object(types::dict)));
  typevar_type = make_builtin_type("TypeVar", nullptr, "typing", typevar_new);
  module_add(m, "TypeVar", Object(typevar_type));
  module_add(m, "ParamSpec", Object(typevar_type));
  // Generic and Protocol are Python classes in CPython's Lib/typing.py
  // (`class Protocol(Generic, metaclass=_ProtocolMeta)`, an ABCMeta), so
  // `class C(Generic[T])` and `class C(Protocol)` make plain instances.
  Object cg = make<ClassMethodObject>(make_builtin("__class_getitem__", class_getitem));
  TypeObject* generic =
      make_python_class("Generic", "typing", {}, {{slots_name(), tuple_of({})}, {detail::names::class_getitem, cg}}, false);
  module_add(m, "Generic", Object(generic));
  module_add(m, "Protocol", Object(make_python_class("Protocol", "typing", {generic}, {{slots_name(), tuple_of({})}}, true)));
  module_add(m, "overload", make_builtin("overload", identity_fn));
  module_add(m, "final", make_builtin("final", identity_fn));
  module_add(m, "runtime_checkable", make_builtin("runtime_checkable", identity_fn));
  module_add(m, "cast", make_builtin("cast", cast_fn));
  module_add(m, "TYPE_CHECKING", kFalse);
  return m;
}

Object make_collections_module() {
  Object m = new_module("collections");
  module_add(m, "abc", make_abc_classes());
  return m;
}

namespace {

Object abstractmethod_fn(const CallArgs& args) {
  check_nargs(args, "abstractmethod", 1, 1);
  static const Object flag = intern("__isabstractmethod__");
  try {
    setattr(args.args[0], flag, kTrue);
  } catch (PyException&) {
  }
  return args.args[0];
}

}  // namespace

Object make_abc_module() {
  Object m = new_module("abc");
  // Lib/abc.py: `class ABC(metaclass=ABCMeta)`.
  module_add(m, "ABC", Object(make_python_class("ABC", "abc", {}, {{slots_name(), tuple_of({})}}, true)));
  module_add(m, "ABCMeta", Object(types::abc_meta));
  module_add(m, "abstractmethod", make_builtin("abstractmethod", abstractmethod_fn));
  return m;
}

Object make_future_module() {
  Object m = new_module("__future__");
  module_add(m, "annotations", kTrue);
  return m;
}

namespace {

// types.GenericAlias(origin, args) (ga_new).
Object generic_alias_new(TypeObject*, const CallArgs& args) {
  check_no_kwargs(args, "GenericAlias");
  check_nargs(args, "GenericAlias", 2, 2);
  return make_generic_alias(args.args[0], args.args[1]);
}

}  // namespace

void detail::init_typing_types() {
  // C types in CPython, whose tp_name carries the module.
  types::generic_alias = make_builtin_type("GenericAlias", nullptr, "types", generic_alias_new);
  types::generic_alias->tp_name = "types.GenericAlias";
  types::union_type = make_builtin_type("UnionType", nullptr, "types");
  types::union_type->tp_name = "types.UnionType";
  // Lib/abc.py's ABCMeta is a Python class over _abc; a builtin metaclass here, whose classes
  // compute __abstractmethods__ when they are made (build_class).
  types::abc_meta = make_builtin_type("ABCMeta", types::type, "abc", type_new, true);
  detail::add_abc_meta_methods();
}

}  // namespace pyrt
