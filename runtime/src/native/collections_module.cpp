// The native module `_collections`: deque, defaultdict, OrderedDict, the deque iterators,
// _tuplegetter and _count_elements, what CPython 3.11's Lib/collections/__init__.py imports
// from its C part (Modules/_collectionsmodule.c).
#include "native.h"

#include <string>

#include "../object/internal.h"
#include "collections_types.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/function.h"
#include "pyrt/object/import.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

TypeObject* detail::make_collections_type(const char* name, const char* module, TypeObject* base,
                                          NativeNew native_new, bool is_basetype) {
  TypeObject* t = make_builtin_type(name, base, module, native_new, is_basetype);
  t->tp_name = std::string(module) + "." + name;
  // The iterators and _tuplegetter lack Py_TPFLAGS_BASETYPE in CPython too.
  t->is_final_in_cpython = !is_basetype;
  return t;
}

// _count_elements: dict's own get and __setitem__ are used directly on a dict (or a subclass
// that keeps them, as Counter does); any other mapping through mapping.get(elem, 0) + 1 and
// mapping[elem] = ... The iterable is asked for its iterator first, as CPython does.
Object detail::count_elements(const CallArgs& args) {
  const Object& mapping = args.args[0];
  Object it = iter(args.args[1]);
  static const Object get = intern("get");
  const TypeObject* t = mapping.type();
  bool dict_methods = is_dict_or_subclass(mapping) && t->lookup(get).is(types::dict->lookup(get)) &&
                      t->lookup(names::setitem).is(types::dict->lookup(names::setitem));
  Object one = Object::from_int(1);
  Object elem;
  if (dict_methods) {
    while (next(it, elem)) {
      Object old = dict_get(mapping, elem);
      dict_set(mapping, elem, old.is_unbound() ? one : add(old, one));
    }
    return kNone;
  }
  Object bound_get = getattr(mapping, get);
  while (next(it, elem)) setitem(mapping, elem, add(call(bound_get, {elem, Object::from_int(0)}), one));
  return kNone;
}

namespace {

const NativeFunctionDef collections_functions[] = {
    {"_count_elements", detail::count_elements, 2, 2},
};

}  // namespace

Object native::make_collections_module() {
  Object m = new_module("_collections",
                        "High performance data structures.\n"
                        "- deque:        ordered collection accessible from endpoints only\n"
                        "- defaultdict:  dict subclass with a default value factory\n");
  module_add_functions(m, collections_functions);
  module_add(m, "deque", Object(detail::deque_type()));
  module_add(m, "defaultdict", Object(detail::defaultdict_type()));
  module_add(m, "OrderedDict", Object(detail::ordered_dict_type()));
  module_add(m, "_deque_iterator", Object(detail::deque_iterator_type()));
  module_add(m, "_deque_reverse_iterator", Object(detail::deque_reverse_iterator_type()));
  module_add(m, "_tuplegetter", Object(detail::tuplegetter_type()));
  return m;
}

}  // namespace pyrt

void pystd_12_collections::register_module() { pyrt::register_module("_collections", pyrt::native::make_collections_module); }
