// Annotation-time objects: types.GenericAlias, types.UnionType and typing's special forms,
// whose aliases of collections' classes (typing.Iterable, typing.Counter) stand for the classes
// translated from Lib/_collections_abc.py and Lib/collections/__init__.py. Mirrors
// Objects/genericaliasobject.c (ga_repr), Objects/unionobject.c and Lib/typing.py.
#include "pyrt/object/typing.h"

#include <string>
#include <vector>

#include "internal.h"
#include "module_registrations.h"
#include "native_subclass.h"
#include "pyrt/object/descriptor.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/function.h"
#include "pyrt/object/instance.h"
#include "pyrt/object/list.h"
#include "pyrt/object/import.h"
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

// Not final: _collections_abc's _CallableGenericAlias derives from it (NativeSubclass).
struct GenericAlias : HeapObject {
  explicit GenericAlias(TypeObject* t) : HeapObject(t) {}
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
    if (name.is(detail::names::class_)) return Object(type);
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
  SpecialForm(TypeObject* t, std::string name, Object origin, const char* origin_module = nullptr,
              const char* origin_attr = nullptr)
      : HeapObject(t),
        name(std::move(name)),
        origin(std::move(origin)),
        origin_module(origin_module),
        origin_attr(origin_attr) {}
  std::string name;  // "typing.Optional"
  Object origin;     // the runtime class for List/Dict/..., unbound for pure forms
  // Where an alias of a translated module's class finds it (collections.abc's Iterable,
  // collections' defaultdict): imported when the alias is first used, so that `typing` and its
  // names exist in pyrt alone (pyrt-dump-names) and import nothing until then.
  const char* origin_module;
  const char* origin_attr;

  const Object& origin_class() {
    if (origin.is_unbound() && origin_module != nullptr) {
      origin = pyrt::getattr(import_module(origin_module), intern(origin_attr));
    }
    return origin;
  }
  Object repr() override { return str_from(name); }
  Object getitem(const Object& key) override {
    std::string_view n = std::string_view(name).substr(7);  // after "typing."
    if (n == "Optional") {
      return make<GenericAlias>(Object(this), tuple_of({key}), name);
    }
    if (n == "Union") return make<GenericAlias>(Object(this), is_tuple(key) ? key : tuple_of({key}), name);
    const Object& cls = origin_class();
    return make<GenericAlias>(cls.is_unbound() ? Object(this) : cls, is_tuple(key) ? key : tuple_of({key}), name);
  }
  Object call(const CallArgs& a) override {
    if (!origin_class().is_unbound()) return call_args(origin, a);
    detail::type_error("Cannot instantiate " + name);
  }
  Object binop(BinaryOp op, const Object& other, bool reflected) override {
    if (op != BinaryOp::BitOr) return Object();
    return reflected ? make_union(other, Object(this)) : make_union(Object(this), other);
  }
  Object getattr(const Object& n) override {
    if (n.is(detail::names::name)) return str_from(std::string_view(name).substr(7));
    if (str_view(n) == "__origin__" && !origin_class().is_unbound()) return origin;
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

// typing's alias `name` of the class `attr` of the translated module `module` (Lib/typing.py's
// `Iterable = _alias(collections.abc.Iterable, 1)`).
Object alias_of(const char* name, const char* module, const char* attr) {
  return make<SpecialForm>(special_form_type(), std::string("typing.") + name, Object(), module, attr);
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

// The classes CPython writes in Python here (abc.ABC, typing.Generic and Protocol) declare
// `__slots__ = ()`, so that their subclasses are the first to add __dict__ and __weakref__.
const Object& slots_name() {
  static const Object name = intern("__slots__");
  return name;
}

// Lib/typing.py's aliases of collections.abc's classes: (typing's name, the class's name).
constexpr std::pair<const char*, const char*> kAbcAliases[] = {
    {"Hashable", "Hashable"},     {"Awaitable", "Awaitable"},           {"Coroutine", "Coroutine"},
    {"AsyncIterable", "AsyncIterable"}, {"AsyncIterator", "AsyncIterator"}, {"AsyncGenerator", "AsyncGenerator"},
    {"Iterable", "Iterable"},     {"Iterator", "Iterator"},             {"Reversible", "Reversible"},
    {"Generator", "Generator"},   {"Sized", "Sized"},                   {"Container", "Container"},
    {"Collection", "Collection"}, {"Callable", "Callable"},             {"AbstractSet", "Set"},
    {"MutableSet", "MutableSet"}, {"Mapping", "Mapping"},               {"MutableMapping", "MutableMapping"},
    {"Sequence", "Sequence"},     {"MutableSequence", "MutableSequence"}, {"ByteString", "ByteString"},
    {"MappingView", "MappingView"}, {"KeysView", "KeysView"},           {"ItemsView", "ItemsView"},
    {"ValuesView", "ValuesView"},
};

// And of collections' classes.
constexpr std::pair<const char*, const char*> kCollectionsAliases[] = {
    {"DefaultDict", "defaultdict"}, {"OrderedDict", "OrderedDict"}, {"Counter", "Counter"},
    {"ChainMap", "ChainMap"},       {"Deque", "deque"},
};

}  // namespace

Object make_typing_module() {
  Object m = new_module("typing");
  for (const auto& [name, attr] : kAbcAliases) module_add(m, name, alias_of(name, "collections.abc", attr));
  for (const auto& [name, attr] : kCollectionsAliases) module_add(m, name, alias_of(name, "collections", attr));
  const char* forms[] = {"Any", "Optional", "Union", "ClassVar", "Final", "Literal", "NoReturn", "Never", "Self",
                         "Annotated", "TypeAlias", "Concatenate", "TypeGuard", "Required", "NotRequired", "Unpack"};
  for (const char* f : forms) module_add(m, f, special(f));
  module_add(m, "List", special("List", Object(types::list)));
  module_add(m, "Dict", special("Dict", Object(types::dict)));
  module_add(m, "Set", special("Set", Object(types::set)));
  module_add(m, "FrozenSet", special("FrozenSet", Object(types::frozenset)));
  module_add(m, "Tuple", special("Tuple", Object(types::tuple)));
  module_add(m, "Type", special("Type", Object(types::type)));
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
  module_add(m, "get_cache_token", make_builtin("get_cache_token", detail::abc_get_cache_token));
  return m;
}

Object make_future_module() {
  Object m = new_module("__future__");
  module_add(m, "annotations", kTrue);
  return m;
}

namespace {

// types.GenericAlias(origin, args) (ga_new), or an instance of a subclass of it
// (_collections_abc._CallableGenericAlias).
Object generic_alias_new(TypeObject* type, const CallArgs& args) {
  check_no_kwargs(args, "GenericAlias");
  check_nargs(args, "GenericAlias", 2, 2);
  if (type == types::generic_alias) return make_generic_alias(args.args[0], args.args[1]);
  auto* alias = new detail::NativeSubclass<GenericAlias>(type);
  Object out(static_cast<HeapObject*>(alias));
  alias->origin = args.args[0];
  alias->args = is_tuple(args.args[1]) ? args.args[1] : tuple_of({args.args[1]});
  return out;
}

// tp_new_wrapper: `GenericAlias.__new__(cls, origin, args)`, what _CallableGenericAlias.__new__
// calls through super().
Object generic_alias_new_method(const CallArgs& args) {
  if (args.npos < 1) raise_error(exc::TypeError, "GenericAlias.__new__(): not enough arguments");
  const Object& cls = args.args[0];
  if (!is_type(cls) || !static_cast<TypeObject*>(cls.heap())->is_subtype(types::generic_alias)) {
    raise_error(exc::TypeError, "GenericAlias.__new__(X): X is not a subtype of GenericAlias");
  }
  return generic_alias_new(static_cast<TypeObject*>(cls.heap()),
                           CallArgs{args.args + 1, args.npos - 1, args.nkw, args.kwnames});
}

// GenericAlias.__repr__ and __getitem__ as methods, what a subclass reaches through super().
Object generic_alias_repr_method(const CallArgs& args) {
  check_nargs(args, "__repr__", 1, 1);
  if (args.args[0].type()->is_subtype(types::generic_alias)) {
    return static_cast<GenericAlias*>(args.args[0].heap())->GenericAlias::repr();
  }
  detail::type_error("descriptor '__repr__' requires a 'types.GenericAlias' object but received a '" +
                     type_name_text(args.args[0]) + "'");
}

Object generic_alias_getitem_method(const CallArgs& args) {
  check_nargs(args, "__getitem__", 2, 2);
  return make_generic_alias(args.args[0], args.args[1]);
}

void add_generic_alias_slot(TypeObject* t, const char* name, NativeFn fn, bool binds) {
  auto* f = new BuiltinFunction(name, fn);
  f->binds_as_method = binds;
  f->slot_default = true;
  dict_set(t->dict, intern(name), Object(f));
}

}  // namespace

void detail::init_typing_types() {
  // C types in CPython, whose tp_name carries the module.
  types::generic_alias = make_builtin_type("GenericAlias", nullptr, "types", generic_alias_new, true);
  types::generic_alias->tp_name = "types.GenericAlias";
  add_generic_alias_slot(types::generic_alias, "__new__", generic_alias_new_method, false);
  add_generic_alias_slot(types::generic_alias, "__repr__", generic_alias_repr_method, true);
  add_generic_alias_slot(types::generic_alias, "__getitem__", generic_alias_getitem_method, true);
  types::union_type = make_builtin_type("UnionType", nullptr, "types");
  types::union_type->tp_name = "types.UnionType";
  // Lib/abc.py's ABCMeta is a Python class over _abc; a builtin metaclass here, whose classes
  // compute __abstractmethods__ when they are made (build_class).
  types::abc_meta = make_builtin_type("ABCMeta", types::type, "abc", type_new, true);
  detail::add_abc_meta_methods(types::abc_meta);
}

}  // namespace pyrt

void pystd_6typing::register_module() { pyrt::register_module("typing", pyrt::make_typing_module); }
void pystd_3abc::register_module() { pyrt::register_module("abc", pyrt::make_abc_module); }
void pystd_10_future::register_module() { pyrt::register_module("__future__", pyrt::make_future_module); }
