// dataclasses: @dataclass, field(), fields(), asdict(), astuple(),
// replace(), FrozenInstanceError. Mirrors CPython 3.11's
// Lib/dataclasses.py: field collection order, the generated methods'
// behaviour and every error message. The generated __init__ is a real
// FunctionObject with a synthesized FunctionSpec, so argument errors are
// CPython's ("P.__init__() missing 1 required positional argument: 'a'").
#include "pyrt/object/dataclass.h"

#include <string>
#include <vector>

#include "internal.h"
#include "module_registrations.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception_object.h"
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

namespace nm = detail::names;
using detail::type_error;
using detail::value_error;

namespace {

// The MISSING sentinel and _HAS_DEFAULT_FACTORY.
struct Sentinel final : HeapObject {
  Sentinel(TypeObject* t, const char* text) : HeapObject(t), text(text) {}
  const char* text;
  Object repr() override { return str_from(text); }
};

Object g_missing, g_has_factory;
TypeObject* g_field_type;

// A dataclasses.Field.
struct FieldObject final : HeapObject {
  explicit FieldObject(TypeObject* t) : HeapObject(t) {}
  Object name = kNone, type = kNone, default_, default_factory;
  bool init = true, repr_ = true, compare = true, kw_only = false;
  Object hash = kNone;

  Object repr() override {
    auto show = [](const Object& x) { return x.is_unbound() ? std::string("<dataclasses._MISSING_TYPE object>") : repr_text(x); };
    return str_from("Field(name=" + repr_text(name) + ",type=" + repr_text(type) + ",default=" + show(default_) +
                    ",default_factory=" + show(default_factory) + ",init=" + (init ? "True" : "False") +
                    ",repr=" + (repr_ ? "True" : "False") + ",hash=" + repr_text(hash) +
                    ",compare=" + (compare ? "True" : "False") + ",metadata=mappingproxy({}),kw_only=" +
                    (kw_only ? "True" : "False") + ",_field_type=_FIELD)");
  }
  Object getattr(const Object& n) override {
    std::string_view t = str_view(n);
    if (t == "name") return name;
    if (t == "type") return type;
    if (t == "default") return default_.is_unbound() ? g_missing : default_;
    if (t == "default_factory") return default_factory.is_unbound() ? g_missing : default_factory;
    if (t == "init") return Object::from_bool(init);
    if (t == "repr") return Object::from_bool(repr_);
    if (t == "compare") return Object::from_bool(compare);
    if (t == "hash") return hash;
    if (t == "kw_only") return Object::from_bool(kw_only);
    return HeapObject::getattr(n);
  }
};

FieldObject* as_field(const Object& x) { return static_cast<FieldObject*>(x.heap()); }

// The fields of dataclass `cls` in definition order (its __dataclass_fields__).
std::vector<FieldObject*> fields_of(TypeObject* cls) {
  std::vector<FieldObject*> out;
  Object d = cls->lookup(nm::dataclass_fields);
  if (d.is_unbound() || !is_dict(d)) return out;
  for (const auto& e : as_dict(d)->entries)
    if (!e.key.is_unbound()) out.push_back(as_field(e.value));
  return out;
}

bool is_classvar(const Object& annotation) {
  std::string r;
  try {
    r = repr_text(annotation);
  } catch (PyException&) {
    return false;
  }
  return r == "typing.ClassVar" || r.rfind("typing.ClassVar[", 0) == 0;
}

// ---- field() -------------------------------------------------------------------------------------

Object field_fn(const CallArgs& args) {
  if (args.npos) type_error("field() takes 0 positional arguments but " + std::to_string(args.npos) + " were given");
  Object a[8];
  parse_args(args, "field", {"default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only"},
             0, 0, a);
  auto* f = new FieldObject(g_field_type);
  Object out(f);
  if (!a[0].is_unbound() && !a[0].is(g_missing)) f->default_ = a[0];
  if (!a[1].is_unbound() && !a[1].is(g_missing)) f->default_factory = a[1];
  if (!f->default_.is_unbound() && !f->default_factory.is_unbound()) {
    value_error("cannot specify both default and default_factory");
  }
  if (!a[2].is_unbound()) f->init = truthy(a[2]);
  if (!a[3].is_unbound()) f->repr_ = truthy(a[3]);
  if (!a[4].is_unbound()) f->hash = a[4];
  if (!a[5].is_unbound()) f->compare = truthy(a[5]);
  if (!a[7].is_unbound() && !a[7].is(g_missing)) f->kw_only = truthy(a[7]);
  return out;
}

// ---- generated methods --------------------------------------------------------------------------

struct InitSpec {
  FunctionSpec spec;
  std::string name, qualname;
};

bool frozen_of(TypeObject* cls) {
  Object p = cls->lookup(nm::dataclass_params);
  return !p.is_unbound() && is_tuple(p) && truthy(tuple_items(p)[0]);
}

// The body of a generated __init__: cells[0] is the dataclass it belongs to.
Object init_entry(FunctionObject* fn, Object* slots) {
  auto* cls = static_cast<TypeObject*>(fn->cells[0].heap());
  const Object& self = slots[0];
  bool frozen = frozen_of(cls);
  std::size_t i = 1;
  std::size_t npositional = static_cast<std::size_t>(fn->spec->npositional);
  std::size_t kw_slot = npositional;
  for (FieldObject* f : fields_of(cls)) {
    Object value;
    if (f->init) {
      value = f->kw_only ? std::move(slots[kw_slot++]) : std::move(slots[i++]);
      if (value.is(g_has_factory)) value = call(f->default_factory, {});
    } else if (!f->default_factory.is_unbound()) {
      value = call(f->default_factory, {});
    } else if (!f->default_.is_unbound()) {
      value = f->default_;
    } else {
      continue;
    }
    if (frozen) object_setattr(self, f->name, value);
    else setattr(self, f->name, value);
  }
  Object post = self.type()->lookup(nm::post_init);
  if (!post.is_unbound()) detail::call_as_method(post, self, {});
  return kNone;
}

Object make_init(TypeObject* cls, const std::vector<FieldObject*>& fields) {
  auto* holder = new InitSpec();  // lives as long as the class (forever)
  holder->name = "__init__";
  holder->qualname = cls->qualname + ".__init__";
  std::vector<std::string> params{"self"};
  std::vector<Object> defaults;
  std::vector<std::string> kwonly;
  std::vector<Object> kwdefaults;
  for (FieldObject* f : fields) {
    if (!f->init) continue;
    Object dflt = !f->default_factory.is_unbound() ? g_has_factory : f->default_;
    if (f->kw_only) {
      kwonly.push_back(std::string(str_view(f->name)));
      kwdefaults.push_back(dflt);
      continue;
    }
    params.push_back(std::string(str_view(f->name)));
    if (!dflt.is_unbound()) defaults.push_back(dflt);
  }
  int npositional = static_cast<int>(params.size());
  for (auto& k : kwonly) params.push_back(k);
  holder->spec = FunctionSpec{nullptr, nullptr, std::move(params), 0, npositional, false,
                              static_cast<int>(kwonly.size()), false, init_entry, true};
  holder->spec.name = holder->name.c_str();
  holder->spec.qualname = holder->qualname.c_str();
  return make_function(&holder->spec, std::move(defaults), std::move(kwdefaults), {Object(cls)});
}

Object dc_repr(const CallArgs& args) {
  check_nargs(args, "__repr__", 1, 1);
  const Object& self = args.args[0];
  detail::ReprGuard guard(self.heap());
  if (!guard.entered) return str_from("...");
  TypeObject* cls = self.type();
  std::string out = cls->qualname + "(";
  bool first = true;
  for (FieldObject* f : fields_of(cls)) {
    if (!f->repr_) continue;
    if (!first) out += ", ";
    first = false;
    out += std::string(str_view(f->name)) + "=" + repr_text(getattr(self, f->name));
  }
  return str_from(out + ")");
}

Object field_tuple(const Object& self, bool for_hash) {
  std::vector<Object> items;
  for (FieldObject* f : fields_of(self.type())) {
    bool use = for_hash ? (f->hash.is_none() ? f->compare : truthy(f->hash)) : f->compare;
    if (use) items.push_back(getattr(self, f->name));
  }
  return tuple_from_vector(std::move(items));
}

template <CmpOp Op>
Object dc_compare(const CallArgs& args) {
  check_nargs(args, "__eq__", 2, 2);
  const Object& self = args.args[0];
  const Object& other = args.args[1];
  if (other.type() != self.type()) return detail::not_implemented();
  return compare(Op, field_tuple(self, false), field_tuple(other, false));
}

Object dc_hash(const CallArgs& args) {
  check_nargs(args, "__hash__", 1, 1);
  return Object::from_int(hash(field_tuple(args.args[0], true)));
}

bool frozen_guarded(const Object& self, const Object& name, TypeObject* owner) {
  if (self.type() == owner) return true;
  for (FieldObject* f : fields_of(owner))
    if (str_equal(f->name, name)) return true;
  return false;
}

// __setattr__/__delattr__ of a frozen dataclass; `data` of the native
// method holds the class (CPython closes over `cls`).
Object frozen_setattr(const Object& owner, const CallArgs& args) {
  check_nargs(args, "__setattr__", 3, 3);
  auto* cls = static_cast<TypeObject*>(owner.heap());
  if (frozen_guarded(args.args[0], args.args[1], cls)) {
    raise(new_exception(exc::FrozenInstanceError, "cannot assign to field " + repr_text(args.args[1])));
  }
  object_setattr(args.args[0], args.args[1], args.args[2]);
  return kNone;
}

Object frozen_delattr(const Object& owner, const CallArgs& args) {
  check_nargs(args, "__delattr__", 2, 2);
  auto* cls = static_cast<TypeObject*>(owner.heap());
  if (frozen_guarded(args.args[0], args.args[1], cls)) {
    raise(new_exception(exc::FrozenInstanceError, "cannot delete field " + repr_text(args.args[1])));
  }
  object_setattr(args.args[0], args.args[1], Object());
  return kNone;
}

Object method_fn(const char* name, NativeFn fn) {
  auto* f = new BuiltinFunction(name, fn);
  f->binds_as_method = true;
  return Object(f);
}

Object bound_method_fn(const char* name, NativeMethod fn, TypeObject* cls) {
  auto* f = new BuiltinFunction(name, fn, Object(cls));
  f->binds_as_method = true;
  return Object(f);
}

bool has_own(TypeObject* cls, const Object& name) { return !dict_get(cls->dict, name).is_unbound(); }

void set_new_attribute(TypeObject* cls, const Object& name, const Object& value) {
  if (!has_own(cls, name)) dict_set(cls->dict, name, value);
}

}  // namespace

Object dataclass_process(const Object& cls_obj, bool init, bool repr, bool eq, bool order, bool unsafe_hash,
                         bool frozen, bool match_args, bool kw_only, bool slots) {
  (void)slots;  // __slots__ only changes which attributes may be added; not modelled
  if (!is_type(cls_obj)) type_error("dataclass() should be called on a class");
  auto* cls = static_cast<TypeObject*>(cls_obj.heap());
  // Inherited fields first, in reverse MRO order (dataclasses._process_class).
  Object all = new_dict();
  bool any_frozen_base = false, has_dataclass_base = false;
  for (auto it = cls->mro.rbegin(); it != cls->mro.rend(); ++it) {
    TypeObject* b = *it;
    if (b == cls) continue;
    Object bf = dict_get(b->dict, nm::dataclass_fields);
    if (bf.is_unbound()) continue;
    has_dataclass_base = true;
    any_frozen_base = any_frozen_base || frozen_of(b);
    for (const auto& e : as_dict(bf)->entries)
      if (!e.key.is_unbound()) dict_set(all, e.key, e.value);
  }
  if (has_dataclass_base && any_frozen_base && !frozen) {
    type_error("cannot inherit non-frozen dataclass from a frozen one");
  }
  if (has_dataclass_base && !any_frozen_base && frozen) {
    type_error("cannot inherit frozen dataclass from a non-frozen one");
  }
  Object annotations = dict_get(cls->dict, nm::annotations);
  if (!annotations.is_unbound() && is_dict(annotations)) {
    std::vector<DictObject::Entry> entries = as_dict(annotations)->entries;
    for (const auto& e : entries) {
      if (e.key.is_unbound() || is_classvar(e.value)) continue;
      Object dflt = dict_get(cls->dict, e.key);
      Object fobj;
      if (!dflt.is_unbound() && dflt.type() == g_field_type) {
        fobj = dflt;
      } else {
        auto* f = new FieldObject(g_field_type);
        fobj = Object(f);
        if (!dflt.is_unbound()) f->default_ = dflt;
      }
      FieldObject* f = as_field(fobj);
      f->name = e.key;
      f->type = e.value;
      if (kw_only) f->kw_only = true;
      TypeObject* dt = f->default_.type();
      if (!f->default_.is_unbound() && (dt == types::list || dt == types::dict || dt == types::set)) {
        value_error("mutable default " + repr_text(Object(dt)) + " for field " + std::string(str_view(e.key)) +
                    " is not allowed: use default_factory");
      }
      // The class attribute becomes the default (or disappears).
      if (!dflt.is_unbound() && dflt.type() == g_field_type) {
        if (f->default_.is_unbound()) dict_del(cls->dict, e.key);
        else dict_set(cls->dict, e.key, f->default_);
      }
      dict_set(all, e.key, fobj);
    }
  }
  // Any field with a class attribute that is a Field but no annotation.
  for (const auto& e : as_dict(cls->dict)->entries) {
    if (!e.key.is_unbound() && e.value.type() == g_field_type && dict_get(all, e.key).is_unbound()) {
      type_error(repr_text(e.key) + " is a field but has no type annotation");
    }
  }
  dict_set(cls->dict, nm::dataclass_fields, all);
  dict_set(cls->dict, nm::dataclass_params, tuple_of({Object::from_bool(frozen), Object::from_bool(eq),
                                                      Object::from_bool(order)}));
  invalidate_type_caches();
  std::vector<FieldObject*> fields = fields_of(cls);

  if (init) {
    bool seen_default = false;
    for (FieldObject* f : fields) {
      if (!f->init || f->kw_only) continue;
      bool has_default = !f->default_.is_unbound() || !f->default_factory.is_unbound();
      if (has_default) {
        seen_default = true;
      } else if (seen_default) {
        type_error("non-default argument " + repr_text(f->name) + " follows default argument");
      }
    }
    set_new_attribute(cls, nm::init, make_init(cls, fields));
  }
  if (repr) set_new_attribute(cls, nm::repr, method_fn("__repr__", dc_repr));
  if (eq) set_new_attribute(cls, nm::eq, method_fn("__eq__", dc_compare<CmpOp::Eq>));
  if (order) {
    if (!eq) value_error("eq must be true if order is true");
    struct {
      const Object* name;
      const char* text;
      NativeFn fn;
    } ops[] = {{&nm::lt, "__lt__", dc_compare<CmpOp::Lt>},
               {&nm::le, "__le__", dc_compare<CmpOp::Le>},
               {&nm::gt, "__gt__", dc_compare<CmpOp::Gt>},
               {&nm::ge, "__ge__", dc_compare<CmpOp::Ge>}};
    for (auto& op : ops) {
      if (has_own(cls, *op.name)) {
        type_error(std::string("Cannot overwrite attribute ") + op.text + " in class " + cls->name +
                   ". Consider using functools.total_ordering");
      }
      dict_set(cls->dict, *op.name, method_fn(op.text, op.fn));
    }
  }
  if (frozen) {
    for (const Object* n : {&nm::setattr, &nm::delattr}) {
      if (has_own(cls, *n)) {
        type_error("Cannot overwrite attribute " + std::string(str_view(*n)) + " in class " + cls->name);
      }
    }
    dict_set(cls->dict, nm::setattr, bound_method_fn("__setattr__", frozen_setattr, cls));
    dict_set(cls->dict, nm::delattr, bound_method_fn("__delattr__", frozen_delattr, cls));
  }
  // __hash__ (the _hash_action table).
  Object class_hash = dict_get(cls->dict, nm::hash);
  bool has_explicit_hash = !(class_hash.is_unbound() || (class_hash.is_none() && has_own(cls, nm::eq)));
  if (unsafe_hash) {
    if (has_explicit_hash) type_error("Cannot overwrite attribute __hash__ in class " + cls->name);
    dict_set(cls->dict, nm::hash, method_fn("__hash__", dc_hash));
  } else if (eq && frozen) {
    if (!has_explicit_hash) dict_set(cls->dict, nm::hash, method_fn("__hash__", dc_hash));
  } else if (eq && !frozen) {
    if (!has_explicit_hash) dict_set(cls->dict, nm::hash, kNone);
  }
  if (match_args) {
    std::vector<Object> names;
    for (FieldObject* f : fields)
      if (f->init && !f->kw_only) names.push_back(f->name);
    set_new_attribute(cls, nm::match_args, tuple_from_vector(std::move(names)));
  }
  invalidate_type_caches();
  return cls_obj;
}

namespace {

struct Options {
  bool init = true, repr = true, eq = true, order = false, unsafe_hash = false, frozen = false, match_args = true,
       kw_only = false, slots = false;
};

Options parse_options(const CallArgs& args) {
  Options o;
  for (std::size_t k = 0; k < args.nkw; ++k) {
    std::string_view key = str_view(args.kwnames[k]);
    bool v = truthy(args.args[args.npos + k]);
    if (key == "init") o.init = v;
    else if (key == "repr") o.repr = v;
    else if (key == "eq") o.eq = v;
    else if (key == "order") o.order = v;
    else if (key == "unsafe_hash") o.unsafe_hash = v;
    else if (key == "frozen") o.frozen = v;
    else if (key == "match_args") o.match_args = v;
    else if (key == "kw_only") o.kw_only = v;
    else if (key == "slots") o.slots = v;
    else if (key == "weakref_slot") continue;
    else type_error("dataclass() got an unexpected keyword argument '" + std::string(key) + "'");
  }
  return o;
}

Object apply(const Object& cls, const Options& o) {
  return dataclass_process(cls, o.init, o.repr, o.eq, o.order, o.unsafe_hash, o.frozen, o.match_args, o.kw_only,
                           o.slots);
}

// dataclass(**options) returns this, bound to the options' kwargs tuple.
Object dataclass_with_options(const Object& saved, const CallArgs& args) {
  check_nargs(args, "dataclass", 1, 1);
  const auto& items = tuple_items(saved);  // (kwnames tuple, values...)
  const auto& names = tuple_items(items[0]);
  CallArgs kw{items.data() + 1, 0, names.size(), names.data()};
  return apply(args.args[0], parse_options(kw));
}

Object dataclass_fn(const CallArgs& args) {
  if (args.npos > 1) type_error("dataclass() takes from 0 to 1 positional arguments but " + std::to_string(args.npos) + " were given");
  Options o = parse_options(args);
  if (args.npos == 1 && !args.args[0].is_none()) return apply(args.args[0], o);
  std::vector<Object> saved{tuple_from_vector(std::vector<Object>(args.kwnames, args.kwnames + args.nkw))};
  for (std::size_t k = 0; k < args.nkw; ++k) saved.push_back(args.args[args.npos + k]);
  return make_native_method(tuple_from_vector(std::move(saved)), "wrap", dataclass_with_options);
}

Object fields_fn(const CallArgs& args) {
  check_nargs(args, "fields", 1, 1);
  const Object& x = args.args[0];
  TypeObject* cls = is_type(x) ? static_cast<TypeObject*>(x.heap()) : x.type();
  if (cls->lookup(nm::dataclass_fields).is_unbound()) {
    type_error("must be called with a dataclass type or instance");
  }
  std::vector<Object> out;
  for (FieldObject* f : fields_of(cls)) out.emplace_back(f);
  return tuple_from_vector(std::move(out));
}

bool is_dataclass_instance(const Object& x) {
  return !is_type(x) && !x.type()->lookup(nm::dataclass_fields).is_unbound();
}

Object as_inner(const Object& x, bool as_dict_kind) {
  if (is_dataclass_instance(x)) {
    if (as_dict_kind) {
      Object d = new_dict();
      for (FieldObject* f : fields_of(x.type())) dict_set(d, f->name, as_inner(getattr(x, f->name), true));
      return d;
    }
    std::vector<Object> items;
    for (FieldObject* f : fields_of(x.type())) items.push_back(as_inner(getattr(x, f->name), false));
    return tuple_from_vector(std::move(items));
  }
  if (is_list(x) || is_tuple(x)) {
    std::vector<Object> items;
    for (const Object& y : is_list(x) ? list_items(x) : tuple_items(x)) items.push_back(as_inner(y, as_dict_kind));
    return is_list(x) ? list_from_vector(std::move(items)) : tuple_from_vector(std::move(items));
  }
  if (is_dict(x)) {
    Object d = new_dict();
    for (const auto& e : as_dict(x)->entries)
      if (!e.key.is_unbound()) dict_set(d, as_inner(e.key, as_dict_kind), as_inner(e.value, as_dict_kind));
    return d;
  }
  return x;
}

Object asdict_fn(const CallArgs& args) {
  check_nargs(args, "asdict", 1, 1);
  if (!is_dataclass_instance(args.args[0])) type_error("asdict() should be called on dataclass instances");
  return as_inner(args.args[0], true);
}

Object astuple_fn(const CallArgs& args) {
  check_nargs(args, "astuple", 1, 1);
  if (!is_dataclass_instance(args.args[0])) type_error("astuple() should be called on dataclass instances");
  return as_inner(args.args[0], false);
}

Object replace_fn(const CallArgs& args) {
  if (args.npos != 1) type_error("replace() takes 1 positional argument but " + std::to_string(args.npos) + " were given");
  const Object& obj = args.args[0];
  if (!is_dataclass_instance(obj)) type_error("replace() should be called on dataclass instances");
  std::vector<Object> values, names;
  for (FieldObject* f : fields_of(obj.type())) {
    Object v = kwarg(args, str_view(f->name));
    if (!f->init) {
      if (!v.is_unbound()) {
        value_error("field " + std::string(str_view(f->name)) + " is declared with init=False, it cannot be specified with replace()");
      }
      continue;
    }
    names.push_back(f->name);
    values.push_back(v.is_unbound() ? getattr(obj, f->name) : v);
  }
  for (std::size_t k = 0; k < args.nkw; ++k) {
    bool known = false;
    for (const Object& n : names) known = known || str_equal(n, args.kwnames[k]);
    if (!known) {
      type_error(obj.type()->qualname + ".__init__() got an unexpected keyword argument '" +
                 std::string(str_view(args.kwnames[k])) + "'");
    }
  }
  return call_args(Object(obj.type()), CallArgs{values.data(), 0, names.size(), names.data()});
}

Object is_dataclass_fn(const CallArgs& args) {
  check_nargs(args, "is_dataclass", 1, 1);
  const Object& x = args.args[0];
  TypeObject* cls = is_type(x) ? static_cast<TypeObject*>(x.heap()) : x.type();
  return Object::from_bool(!cls->lookup(nm::dataclass_fields).is_unbound());
}

}  // namespace

Object make_dataclasses_module() {
  Object m = new_module("dataclasses");
  if (g_field_type == nullptr) {
    g_field_type = make_builtin_type("Field", nullptr, "dataclasses");
    TypeObject* missing_type = make_builtin_type("_MISSING_TYPE", nullptr, "dataclasses");
    g_missing = make<Sentinel>(missing_type, "<dataclasses._MISSING_TYPE object>");
    g_has_factory = make<Sentinel>(missing_type, "<factory>");
  }
  module_add(m, "dataclass", make_builtin("dataclass", dataclass_fn));
  module_add(m, "field", make_builtin("field", field_fn));
  module_add(m, "fields", make_builtin("fields", fields_fn));
  module_add(m, "asdict", make_builtin("asdict", asdict_fn));
  module_add(m, "astuple", make_builtin("astuple", astuple_fn));
  module_add(m, "replace", make_builtin("replace", replace_fn));
  module_add(m, "is_dataclass", make_builtin("is_dataclass", is_dataclass_fn));
  module_add(m, "FrozenInstanceError", Object(exc::FrozenInstanceError));
  module_add(m, "MISSING", g_missing);
  module_add(m, "Field", Object(g_field_type));
  return m;
}

}  // namespace pyrt

void pystd_11dataclasses::register_module() { pyrt::register_module("dataclasses", pyrt::make_dataclasses_module); }
