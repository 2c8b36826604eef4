// `_py2cpp_collections`: collections/__init__.py's native part, namedtuple (stdlib/manifest.txt).
// CPython builds each class's __new__ with eval(); here it is a function with a signature made
// at run time. Mirrors Lib/collections/__init__.py's namedtuple step by step: its validation
// and messages, the methods it defines (as Python functions, with their names, qualnames and
// docs) and the class namespace it hands to type().
#include <string>
#include <vector>

#include "../object/internal.h"
#include "native.h"
#include "pyrt/object/builtins.h"
#include "pyrt/object/cell.h"
#include "pyrt/object/descriptor.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/import.h"
#include "pyrt/object/list.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/set.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

using detail::type_error;
using detail::value_error;

Object cell_value(FunctionObject* f, std::size_t i) { return static_cast<Cell*>(f->cells[i].heap())->value; }

// tuple_new = tuple.__new__, called as namedtuple's methods call it.
Object tuple_new(const Object& cls, const Object& iterable) {
  static const Object new_name = intern("__new__");
  return call(getattr(Object(types::tuple), new_name), {cls, iterable});
}

// `lambda _cls, x, y: _tuple_new(_cls, (x, y))`, the eval'd __new__: slots are _cls and the
// fields.
Object new_entry(FunctionObject* self, Object* slots) {
  auto n = static_cast<std::size_t>(self->spec->npositional);
  return tuple_new(slots[0], tuple_from_vector(std::vector<Object>(slots + 1, slots + n)));
}

// _make(cls, iterable), a classmethod; cell 0 holds num_fields.
Object make_entry(FunctionObject* self, Object* slots) {
  Object result = tuple_new(slots[0], slots[1]);
  std::int64_t num_fields = cell_value(self, 0).as_int();
  if (len(result) != num_fields) {
    type_error("Expected " + std::to_string(num_fields) + " arguments, got " + std::to_string(len(result)));
  }
  return result;
}

// _replace(self, /, **kwds): self._make(map(kwds.pop, field_names, self)); cell 0 holds
// field_names.
Object replace_entry(FunctionObject* self, Object* slots) {
  static const Object make_name = intern("_make"), pop_name = intern("pop");
  const Object& kwds = slots[1];
  Object mapped = call(builtin_lookup("map"), {getattr(kwds, pop_name), cell_value(self, 0), slots[0]});
  Object result = call(getattr(slots[0], make_name), {mapped});
  if (len(kwds) != 0) {
    value_error("Got unexpected field names: " + repr_text(call(Object(types::list), {kwds})));
  }
  return result;
}

// __repr__(self): self.__class__.__name__ + repr_fmt % self, repr_fmt being
// '(x=%r, y=%r)'; cell 0 holds field_names.
Object repr_entry(FunctionObject* self, Object* slots) {
  static const Object class_name = intern("__class__");
  Object fields = cell_value(self, 0);
  Object name = getattr(getattr(slots[0], class_name), detail::names::name);
  // `%` takes a tuple's items as its arguments, one %r each, and anything else as one argument.
  std::vector<Object> items = slots[0].type()->is_subtype(types::tuple) ? tuple_items(slots[0])
                                                                        : std::vector<Object>{slots[0]};
  const std::vector<Object>& names = tuple_items(fields);
  if (items.size() < names.size()) type_error("not enough arguments for format string");
  if (items.size() > names.size()) type_error("not all arguments converted during string formatting");
  std::string out = "(";
  for (std::size_t i = 0; i < names.size(); ++i) {
    out += (i ? ", " : "") + std::string(str_view(names[i])) + "=" + repr_text(items[i]);
  }
  return add(name, str_from(out + ")"));
}

// _asdict(self): dict(zip(self._fields, self)).
Object asdict_entry(FunctionObject*, Object* slots) {
  static const Object fields_name = intern("_fields");
  Object pairs = call(builtin_lookup("zip"), {getattr(slots[0], fields_name), slots[0]});
  return call(Object(types::dict), {pairs});
}

// __getnewargs__(self): tuple(self).
Object getnewargs_entry(FunctionObject*, Object* slots) { return call(Object(types::tuple), {slots[0]}); }

// The methods' static shapes: namedtuple defines them in collections, one set per class
// (their qualnames are set per class, as namedtuple does).
const FunctionSpec kMake{"_make", "namedtuple.<locals>._make", {"cls", "iterable"}, 0, 2, false, 0, false, make_entry,
                         true, "collections"};
const FunctionSpec kReplace{"_replace", "namedtuple.<locals>._replace", {"self", "kwds"}, 1, 1, false, 0, true,
                            replace_entry, true, "collections"};
constexpr char kReprDoc[] = "Return a nicely formatted representation string";
const FunctionSpec kRepr{"__repr__", "namedtuple.<locals>.__repr__", {"self"}, 0, 1, false, 0, false, repr_entry,
                         true, "collections", kReprDoc, sizeof kReprDoc - 1};
constexpr char kAsdictDoc[] = "Return a new dict which maps field names to their values.";
const FunctionSpec kAsdict{"_asdict", "namedtuple.<locals>._asdict", {"self"}, 0, 1, false, 0, false, asdict_entry,
                           true, "collections", kAsdictDoc, sizeof kAsdictDoc - 1};
constexpr char kGetnewargsDoc[] = "Return self as a plain tuple.  Used by copy and pickle.";
const FunctionSpec kGetnewargs{"__getnewargs__", "namedtuple.<locals>.__getnewargs__", {"self"}, 0, 1, false, 0,
                               false, getnewargs_entry, true, "collections", kGetnewargsDoc,
                               sizeof kGetnewargsDoc - 1};

// The eval'd lambda's shape for one class: its parameters are _cls and the fields, its
// __module__ the eval namespace's __name__ ('namedtuple_Point'). Classes are immortal, and so
// is this.
struct NewSpec {
  std::string module;
  FunctionSpec spec;
};

const FunctionSpec* new_spec(const std::string& typename_, const std::vector<Object>& fields) {
  auto* holder = new NewSpec{"namedtuple_" + typename_, {}};
  std::vector<std::string> params{"_cls"};
  for (const Object& f : fields) params.emplace_back(str_view(f));
  auto n = static_cast<int>(params.size());
  holder->spec = FunctionSpec{"<lambda>", "<lambda>", std::move(params), 0, n, false, 0, false, new_entry, true};
  holder->spec.module = holder->module.c_str();
  return &holder->spec;
}

bool is_keyword(const Object& name) {
  static const Object iskeyword = intern("iskeyword");
  return truthy(call(getattr(import_module("keyword"), iskeyword), {name}));
}

bool is_identifier(const Object& name) {
  static const Object method = intern("isidentifier");
  return truthy(call_method(name, method, {}));
}

bool starts_with_underscore(const Object& name) {
  std::string_view s = str_view(name);
  return !s.empty() && s[0] == '_';
}

// The field names as namedtuple validates them (and renames them with rename=True).
std::vector<Object> field_name_list(Object field_names, bool rename) {
  if (is_str(field_names)) {
    field_names = call_method(call_method(field_names, intern("replace"), {str_from(","), str_from(" ")}),
                              intern("split"), {});
  }
  std::vector<Object> names;
  Object it = iter(field_names);
  Object x;
  while (next(it, x)) names.push_back(call(Object(types::str), {x}));
  if (rename) {
    Object seen = set_of({});
    for (std::size_t index = 0; index < names.size(); ++index) {
      Object name = names[index];
      if (!is_identifier(name) || is_keyword(name) || starts_with_underscore(name) || contains(seen, name)) {
        names[index] = str_from("_" + std::to_string(index));
      }
      call_method(seen, intern("add"), {name});
    }
  }
  return names;
}

void check_names(const Object& typename_, const std::vector<Object>& names, bool rename) {
  std::vector<Object> all{typename_};
  all.insert(all.end(), names.begin(), names.end());
  for (const Object& name : all) {
    if (name.type() != types::str) type_error("Type names and field names must be strings");
    if (!is_identifier(name)) {
      value_error("Type names and field names must be valid identifiers: " + repr_text(name));
    }
    if (is_keyword(name)) value_error("Type names and field names cannot be a keyword: " + repr_text(name));
  }
  Object seen = set_of({});
  for (const Object& name : names) {
    if (starts_with_underscore(name) && !rename) {
      value_error("Field names cannot start with an underscore: " + repr_text(name));
    }
    if (contains(seen, name)) value_error("Encountered duplicate field name: " + repr_text(name));
    call_method(seen, intern("add"), {name});
  }
}

Object method(const FunctionSpec& spec, std::vector<Object> cells, const std::string& typename_) {
  Object f = make_function(&spec, {}, {}, std::move(cells));
  setattr(f, detail::names::qualname, str_from(typename_ + "." + spec.name));
  return f;
}

// The module namedtuple's caller runs in: sys._getframe(1).f_globals.get('__name__',
// '__main__') in CPython, whose 1 skips namedtuple's own frame; a native function has none, so
// frame 0 is the caller here. Without sys._getframe (AttributeError) or that deep a stack
// (ValueError) the class keeps what type() gave it, as on Jython.
Object caller_module() {
  try {
    static const Object getframe = intern("_getframe"), globals = intern("f_globals"), get = intern("get");
    Object frame = call(getattr(import_module("sys"), getframe), {Object::from_int(0)});
    return call_method(getattr(frame, globals), get, {str_from("__name__"), str_from("__main__")});
  } catch (const PyException& e) {
    if (!exception_is(e.value, exc::AttributeError) && !exception_is(e.value, exc::ValueError)) throw;
    return kNone;
  }
}

// namedtuple(typename, field_names, *, rename=False, defaults=None, module=None); slots in
// that order.
Object namedtuple_entry(FunctionObject*, Object* slots) {
  bool rename = truthy(slots[2]);
  Object defaults = slots[3], module = slots[4];
  std::vector<Object> names = field_name_list(slots[1], rename);
  Object typename_ = call(Object(types::str), {slots[0]});
  check_names(typename_, names, rename);

  Object field_defaults = new_dict();
  if (!defaults.is_none()) {
    defaults = call(Object(types::tuple), {defaults});
    const std::vector<Object>& d = tuple_items(defaults);
    if (d.size() > names.size()) type_error("Got more default values than field names");
    for (std::size_t i = 0; i < d.size(); ++i) dict_set(field_defaults, names[names.size() - d.size() + i], d[i]);
  }

  std::string type_text(str_view(typename_));
  Object fields = tuple_from_vector(names);
  std::string arg_list;
  for (std::size_t i = 0; i < names.size(); ++i) arg_list += (i ? ", " : "") + std::string(str_view(names[i]));
  if (names.size() == 1) arg_list += ",";

  // `__new__.__defaults__ = defaults`: the lambda's last len(defaults) parameters.
  std::vector<Object> new_defaults;
  if (!defaults.is_none()) new_defaults = tuple_items(defaults);
  Object new_fn = make_function(new_spec(type_text, names), std::move(new_defaults), {}, {});
  setattr(new_fn, detail::names::name, str_from("__new__"));
  setattr(new_fn, detail::names::doc, str_from("Create new instance of " + type_text + "(" + arg_list + ")"));
  setattr(new_fn, detail::names::qualname, str_from(type_text + ".__new__"));

  Object make_fn = method(kMake, {make_cell(Object::from_int(static_cast<std::int64_t>(names.size())))}, type_text);
  setattr(make_fn, detail::names::doc, str_from("Make a new " + type_text + " object from a sequence or iterable"));
  Object replace_fn = method(kReplace, {make_cell(fields)}, type_text);
  setattr(replace_fn, detail::names::doc,
          str_from("Return a new " + type_text + " object replacing specified fields with new values"));

  Object ns = new_dict();
  // type() called in collections takes __module__ from its globals.
  dict_set(ns, detail::names::module, str_from("collections"));
  dict_set(ns, detail::names::doc, str_from(type_text + "(" + arg_list + ")"));
  dict_set(ns, intern("__slots__"), tuple_of({}));
  dict_set(ns, intern("_fields"), fields);
  dict_set(ns, intern("_field_defaults"), field_defaults);
  dict_set(ns, detail::names::new_, new_fn);
  dict_set(ns, intern("_make"), make<ClassMethodObject>(make_fn));
  dict_set(ns, intern("_replace"), replace_fn);
  dict_set(ns, intern("__repr__"), method(kRepr, {make_cell(fields)}, type_text));
  dict_set(ns, intern("_asdict"), method(kAsdict, {}, type_text));
  dict_set(ns, intern("__getnewargs__"), method(kGetnewargs, {}, type_text));
  dict_set(ns, intern("__match_args__"), fields);
  Object tuplegetter = getattr(import_module("_collections"), intern("_tuplegetter"));
  for (std::size_t index = 0; index < names.size(); ++index) {
    Object doc = str_from("Alias for field number " + std::to_string(index));
    dict_set(ns, names[index], call(tuplegetter, {Object::from_int(static_cast<std::int64_t>(index)), doc}));
  }
  Object result = call(Object(types::type), {typename_, tuple_of({Object(types::tuple)}), ns});

  if (module.is_none()) module = caller_module();
  if (!module.is_none()) setattr(result, detail::names::module, module);
  return result;
}

constexpr char kNamedtupleDoc[] =
    "Returns a new subclass of tuple with named fields.\n\n"
    "    >>> Point = namedtuple('Point', ['x', 'y'])\n"
    "    >>> Point.__doc__                   # docstring for the new class\n"
    "    'Point(x, y)'\n"
    "    >>> p = Point(11, y=22)             # instantiate with positional args or keywords\n"
    "    >>> p[0] + p[1]                     # indexable like a plain tuple\n"
    "    33\n"
    "    >>> x, y = p                        # unpack like a regular tuple\n"
    "    >>> x, y\n"
    "    (11, 22)\n"
    "    >>> p.x + p.y                       # fields also accessible by name\n"
    "    33\n"
    "    >>> d = p._asdict()                 # convert to a dictionary\n"
    "    >>> d['x']\n"
    "    11\n"
    "    >>> Point(**d)                      # convert from a dictionary\n"
    "    Point(x=11, y=22)\n"
    "    >>> p._replace(x=100)               # _replace() is like str.replace() but targets named fields\n"
    "    Point(x=100, y=22)\n\n"
    "    ";

const FunctionSpec kNamedtuple{"namedtuple",
                               "namedtuple",
                               {"typename", "field_names", "rename", "defaults", "module"},
                               0,
                               2,
                               false,
                               3,
                               false,
                               namedtuple_entry,
                               true,
                               "collections",
                               kNamedtupleDoc,
                               sizeof kNamedtupleDoc - 1};

}  // namespace

Object native::make_collections_parts_module() {
  Object m = new_module("_py2cpp_collections");
  module_add(m, "namedtuple", make_function(&kNamedtuple, {}, {kFalse, kNone, kNone}, {}));
  return m;
}

}  // namespace pyrt

void pystd_19_py2cpp_collections::register_module() { pyrt::register_module("_py2cpp_collections", pyrt::native::make_collections_parts_module); }
