// What copy and pickle ask of any object: object.__getstate__, __reduce__,
// __reduce_ex__ and __sizeof__, and the copyreg functions their results name
// (__newobj__, __newobj_ex__, _reconstructor). Mirrors object_getstate_default,
// reduce_newobj, _common_reduce and object___sizeof___impl of CPython 3.11's
// Objects/typeobject.c, and Lib/copyreg.py's _slotnames, _reduce_ex and
// _reconstructor.
#include <string>
#include <vector>

#include "internal.h"
#include "module_registrations.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/import.h"
#include "pyrt/object/instance.h"
#include "pyrt/object/int.h"
#include "pyrt/object/list.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

Object name(const char* text) { return intern(text); }

// copyreg._slotnames: the names of the slots along the MRO (private ones
// mangled, __dict__ and __weakref__ left out), cached as cls.__slotnames__.
Object slot_names(TypeObject* cls) {
  Object cached = dict_get(cls->dict, name("__slotnames__"));
  if (!cached.is_unbound() && !cached.is_none()) return cached;
  std::vector<Object> names;
  if (!cls->lookup(name("__slots__")).is_unbound()) {
    for (TypeObject* c : cls->mro) {
      Object slots = dict_get(c->dict, name("__slots__"));
      if (slots.is_unbound()) continue;
      if (is_str(slots)) slots = tuple_of({slots});
      Object it = iter(slots);
      Object n;
      while (next(it, n)) {
        std::string text(str_view(n));
        if (text == "__dict__" || text == "__weakref__") continue;
        bool is_private = text.size() > 2 && text.compare(0, 2, "__") == 0 &&
                          text.compare(text.size() - 2, 2, "__") != 0;
        std::size_t start = c->name.find_first_not_of('_');
        if (is_private && start != std::string::npos) n = str_from("_" + c->name.substr(start) + text);
        names.push_back(n);
      }
    }
  }
  Object list = list_from_vector(std::move(names));
  if (cls->is_heap_type) dict_set(cls->dict, name("__slotnames__"), list);
  return list;
}

// A layout of variable size (int, tuple, bytes), which object_getstate_default cannot pickle
// without help, or a builtin layout other than object's: "cannot pickle 'X' object".
bool needs_help(TypeObject* type) {
  TypeObject* solid = detail::solid_base(type);
  return solid != types::object && solid != types::list && solid != types::dict && !solid->is_exception;
}

// object_getstate_default: the instance dict (None when empty), paired with a dict of the
// slots' values when it has any.
Object getstate_default(const Object& obj, bool required) {
  TypeObject* type = obj.type();
  if (required && needs_help(type)) detail::type_error("cannot pickle '" + type->message_name() + "' object");
  Object state = kNone;
  Object* dict = obj.is_heap() ? obj.heap()->instance_dict() : nullptr;
  if (dict != nullptr && !dict->is_unbound() && len(*dict) > 0) state = *dict;
  Object names = slot_names(type);
  Object slots = new_dict();
  for (const Object& n : list_items(names)) {
    Object value = getattr_or_unbound(obj, n);
    if (!value.is_unbound()) dict_set(slots, n, value);
  }
  if (len(slots) > 0) state = tuple_of({state, slots});
  return state;
}

// object_getstate: the class's own __getstate__ when it overrides object's.
Object getstate(const Object& obj, bool required) {
  Object f = obj.type()->lookup(name("__getstate__"));
  if (!f.is_unbound() && !detail::is_slot_default(f)) return call(getattr(obj, name("__getstate__")), {});
  return getstate_default(obj, required);
}

Object object_getstate(const CallArgs& args) {
  check_nargs(args, "__getstate__", 1, 1);
  return getstate_default(args.args[0], false);
}

Object copyreg_function(const char* fn) { return getattr(import_module("copyreg"), name(fn)); }

// reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems).
Object reduce_newobj(const Object& obj) {
  TypeObject* type = obj.type();
  if (type->native_new == nullptr && !type->is_heap_type) {
    detail::type_error("cannot pickle '" + type->message_name() + "' object");
  }
  Object args, kwargs;
  Object getnewargs_ex = getattr_or_unbound(obj, name("__getnewargs_ex__"));
  if (!getnewargs_ex.is_unbound()) {
    Object r = call(getnewargs_ex, {});
    args = getitem(r, Object::from_int(0));
    kwargs = getitem(r, Object::from_int(1));
  } else {
    Object getnewargs = getattr_or_unbound(obj, name("__getnewargs__"));
    if (!getnewargs.is_unbound()) args = call(getnewargs, {});
  }
  bool has_args = !args.is_unbound();
  Object newobj, newargs;
  if (kwargs.is_unbound() || len(kwargs) == 0) {
    newobj = copyreg_function("__newobj__");
    std::vector<Object> items{Object(type)};
    if (has_args)
      for (const Object& a : tuple_items(args)) items.push_back(a);
    newargs = tuple_from_vector(std::move(items));
  } else {
    newobj = copyreg_function("__newobj_ex__");
    newargs = tuple_of({Object(type), args, kwargs});
  }
  bool is_list = type->is_subtype(types::list), is_dict = type->is_subtype(types::dict);
  Object state = getstate(obj, !(has_args || is_list || is_dict));
  Object listitems = is_list ? iter(obj) : kNone;
  Object dictitems = is_dict ? iter(call(getattr(obj, name("items")), {})) : kNone;
  return tuple_of({newobj, newargs, state, listitems, dictitems});
}

// copyreg._reduce_ex, for protocols 0 and 1: (_reconstructor, (cls, base, state)[, dict]).
Object reduce_ex_old(const Object& obj) {
  TypeObject* cls = obj.type();
  TypeObject* base = types::object;
  for (TypeObject* t : cls->mro) {
    if (!t->is_heap_type) {
      base = t;
      break;
    }
  }
  Object state = kNone;
  if (base != types::object) {
    if (base == cls) detail::type_error("cannot pickle " + str_repr_text(cls->name) + " object");
    state = call(Object(base), {obj});
  }
  Object args = tuple_of({Object(cls), Object(base), state});
  Object f = cls->lookup(name("__getstate__"));
  Object slots = getattr_or_unbound(obj, name("__slots__"));
  if ((f.is_unbound() || detail::is_slot_default(f)) && !slots.is_unbound() && pyrt::truthy(slots)) {
    detail::type_error("a class that defines __slots__ without defining __getstate__ cannot be pickled");
  }
  Object dict = call(getattr(obj, name("__getstate__")), {});
  Object reconstructor = copyreg_function("_reconstructor");
  if (pyrt::truthy(dict)) return tuple_of({reconstructor, args, dict});
  return tuple_of({reconstructor, args});
}

Object common_reduce(const Object& obj, std::int64_t protocol) {
  return protocol >= 2 ? reduce_newobj(obj) : reduce_ex_old(obj);
}

Object object_reduce(const CallArgs& args) {
  check_nargs(args, "__reduce__", 1, 1);
  return common_reduce(args.args[0], 0);
}

// object.__reduce_ex__(protocol): a __reduce__ the class overrides wins.
Object object_reduce_ex(const CallArgs& args) {
  check_nargs(args, "__reduce_ex__", 2, 2);
  const Object& self = args.args[0];
  std::int64_t protocol = 0;
  if (!int_to_int64(args.args[1], protocol)) {
    detail::type_error("'" + type_name_text(args.args[1]) + "' object cannot be interpreted as an integer");
  }
  Object f = self.type()->lookup(name("__reduce__"));
  if (!f.is_unbound() && !detail::is_slot_default(f)) return call(getattr(self, name("__reduce__")), {});
  return common_reduce(self, protocol);
}

// object.__sizeof__: the instance size CPython 3.11 reports for object's and the exceptions'
// layouts (tp_basicsize: 16 and 72 bytes, a pointer per slot and per __weakref__ a class
// added; 3.11 keeps a class's instance dict outside the object). Other builtin layouts define
// their own __sizeof__ in CPython, which pyrt does not mirror.
Object object_sizeof(const CallArgs& args) {
  check_nargs(args, "__sizeof__", 1, 1);
  TypeObject* type = args.args[0].type();
  TypeObject* solid = detail::solid_base(type);
  std::int64_t size = 0;
  if (solid == types::object) size = 16;
  else if (solid->is_exception) size = 72;
  else raise_error(exc::NotImplementedError, "__sizeof__ of '" + type->name + "' objects is not supported yet");
  size += 8 * static_cast<std::int64_t>(type->slot_count);
  if (type->instances_have_weakref) size += 8;
  return Object::from_int(size);
}

// copyreg.__newobj__(cls, *args): cls.__new__(cls, *args).
Object copyreg_newobj(const CallArgs& args) {
  if (args.npos == 0) detail::type_error("__newobj__() missing 1 required positional argument: 'cls'");
  return call_args(getattr(args.args[0], detail::names::new_), args);
}

// copyreg.__newobj_ex__(cls, args, kwargs): cls.__new__(cls, *args, **kwargs).
Object copyreg_newobj_ex(const CallArgs& args) {
  check_nargs(args, "__newobj_ex__", 3, 3);
  std::vector<Object> full{args.args[0]};
  for (const Object& a : tuple_items(args.args[1])) full.push_back(a);
  return call_ex(getattr(args.args[0], detail::names::new_), tuple_from_vector(std::move(full)), args.args[2]);
}

// copyreg._reconstructor(cls, base, state).
Object copyreg_reconstructor(const CallArgs& args) {
  check_nargs(args, "_reconstructor", 3, 3);
  const Object& cls = args.args[0];
  const Object& base = args.args[1];
  if (base.is(Object(types::object))) {
    return call(getattr(Object(types::object), detail::names::new_), {cls});
  }
  Object obj = call(getattr(base, detail::names::new_), {cls, args.args[2]});
  Object init = getattr(base, detail::names::init);
  if (!init.is(getattr(Object(types::object), detail::names::init))) call(init, {obj, args.args[2]});
  return obj;
}

// copyreg.pickle(ob_type, pickle_function, constructor_ob=None): records the reduction
// function in copyreg.dispatch_table (re registers Pattern's so).
Object copyreg_pickle(const CallArgs& args) {
  Object a[3];
  parse_args(args, "pickle", {"ob_type", "pickle_function", "constructor_ob"}, 3, 2, a);
  if (!is_callable(a[1])) raise_error(exc::TypeError, "reduction functions must be callable");
  static const Object table_name = name("dispatch_table");
  setitem(getattr(import_module("copyreg"), table_name), a[0], a[1]);
  if (!a[2].is_unbound() && !a[2].is_none() && !is_callable(a[2])) {
    raise_error(exc::TypeError, "constructors must be callable");
  }
  return Object::none();
}

// copyreg.pickle_complex(c): (complex, (c.real, c.imag)).
Object copyreg_pickle_complex(const CallArgs& args) {
  const Object& c = args.args[0];
  Object parts = tuple_from_vector({getattr(c, intern("real")), getattr(c, intern("imag"))});
  return tuple_from_vector({Object(types::complex_), parts});
}

// copyreg.constructor(object): only checks that it is callable.
Object copyreg_constructor(const CallArgs& args) {
  if (!is_callable(args.args[0])) raise_error(exc::TypeError, "constructors must be callable");
  return Object::none();
}

Object make_copyreg() {
  Object m = new_module("copyreg");
  static const NativeFunctionDef functions[] = {
      {"pickle", copyreg_pickle, kOwnArgs, 0},
      {"__newobj__", copyreg_newobj, kOwnArgs, 0},
      {"__newobj_ex__", copyreg_newobj_ex, kOwnArgs, 0},
      {"_reconstructor", copyreg_reconstructor, kOwnArgs, 0},
      {"constructor", copyreg_constructor, 1, 1},
      {"pickle_complex", copyreg_pickle_complex, 1, 1},
  };
  module_add_functions(m, functions);
  // copyreg.py's module body registers complex's reduction (pickle(complex, pickle_complex)),
  // which copy.copy and copy.deepcopy consult for types their own tables lack.
  Object dispatch_table = new_dict();
  dict_set(dispatch_table, Object(types::complex_), getattr(m, intern("pickle_complex")));
  module_add(m, "dispatch_table", dispatch_table);
  return m;
}

}  // namespace

void detail::add_object_reduce_methods() {
  detail::add_slot_default(types::object, "__getstate__", object_getstate);
  detail::add_slot_default(types::object, "__reduce__", object_reduce);
  detail::add_slot_default(types::object, "__reduce_ex__", object_reduce_ex);
  detail::add_slot_default(types::object, "__sizeof__", object_sizeof);
  // object.__reduce_ex__ and copy's hooks import copyreg whatever the program imports.
  pystd_7copyreg::register_module();
}

}  // namespace pyrt

void pystd_7copyreg::register_module() { pyrt::register_module("copyreg", pyrt::make_copyreg); }
