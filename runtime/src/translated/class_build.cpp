// The `class` statement: ClassBuild follows builtin___build_class__ and
// update_bases of CPython 3.11's Python/bltinmodule.c.
#include <string>
#include <vector>

#include "pyrt/object/cell.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/function.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"
#include "pyrt/translated.h"

namespace pyrt {

namespace {

// update_bases: each base that is no class replaced by the classes its
// __mro_entries__(bases) returns (a tuple: TypeError "__mro_entries__ must
// return a tuple"). pyrt's typing aliases have no __mro_entries__ and stand for
// their __origin__ class. Returns `bases` itself when nothing changed.
Object update_bases(const Object& bases) {
  static const Object mro_entries = intern("__mro_entries__");
  static const Object origin = intern("__origin__");
  std::vector<Object> out;
  bool changed = false;
  for (const Object& b : tuple_items(bases)) {
    if (is_type(b)) {
      out.push_back(b);
      continue;
    }
    Object entries = getattr_or_unbound(b, mro_entries);
    if (!entries.is_unbound()) {
      Object r = call(entries, {bases});
      if (!r.type()->is_subtype(types::tuple)) raise_error(exc::TypeError, "__mro_entries__ must return a tuple");
      for (const Object& x : tuple_items(r)) out.push_back(x);
      changed = true;
      continue;
    }
    Object o = getattr_or_unbound(b, origin);
    if (is_type(o)) {
      out.push_back(o);
      changed = true;
      continue;
    }
    out.push_back(b);
  }
  return changed ? tuple_from_vector(std::move(out)) : bases;
}

// PyMapping_Check: the type has __getitem__.
bool is_mapping(const Object& x) {
  return x.type()->is_subtype(types::dict) || !x.type()->lookup(intern("__getitem__")).is_unbound();
}

// Calls `f` with (name, bases) and the keywords.
Object call_prepare(const Object& f, const Object& name, const Object& bases, const Object& keywords) {
  if (keywords.is_unbound()) return call(f, {name, bases});
  return call_ex(f, tuple_of({name, bases}), keywords);
}

}  // namespace

ClassBuild::ClassBuild(const Object& name_, const Object& bases_, const Object& metaclass, const Object& keywords_,
                       const Object& module_name, const Object& qualname)
    : name(name_), orig_bases(bases_), bases(update_bases(bases_)), meta(metaclass), keywords(keywords_) {
  bool is_class = true;
  if (meta.is_unbound()) {
    auto items = tuple_items(bases);
    meta = items.empty() ? Object(types::type) : Object(items[0].type());
  } else {
    is_class = is_type(meta);
  }
  if (is_class) meta = Object(calculate_metaclass(static_cast<TypeObject*>(meta.heap()), bases));
  static const Object prepare = intern("__prepare__");
  Object prep = getattr_or_unbound(meta, prepare);
  ns = prep.is_unbound() ? new_dict() : call_prepare(prep, name, bases, keywords);
  if (!is_mapping(ns)) {
    std::string who = is_class ? static_cast<TypeObject*>(meta.heap())->name : "<metaclass>";
    raise_error(exc::TypeError, who + ".__prepare__() must return a mapping, not " + type_name_text(ns));
  }
  static const Object module_key = intern("__module__");
  static const Object qualname_key = intern("__qualname__");
  setitem(ns, module_key, module_name);
  setitem(ns, qualname_key, qualname);
}

Object ClassBuild::create(const Object& class_cell) const {
  if (!bases.is(orig_bases)) {
    static const Object orig_key = intern("__orig_bases__");
    setitem(ns, orig_key, orig_bases);
  }
  Object cls = keywords.is_unbound() ? call(meta, {name, bases, ns}) : call_ex(meta, tuple_of({name, bases, ns}), keywords);
  if (class_cell.is_unbound() || !is_type(cls)) return cls;
  const Object& held = static_cast<Cell*>(class_cell.heap())->value;
  if (held.is(cls)) return cls;
  if (held.is_unbound()) {
    raise_error(exc::RuntimeError, "__class__ not set defining " + repr_text(name) + " as " + repr_text(cls) +
                                       ". Was __classcell__ propagated to type.__new__?");
  }
  raise_error(exc::TypeError,
              "__class__ set to " + repr_text(held) + " defining " + repr_text(name) + " as " + repr_text(cls));
}

namespace {

// What the keyword errors name, as CPython's builtin __build_class__.
const Object& build_class_callee() {
  static const Object callee = make_builtin("__build_class__", [](const CallArgs&) { return kNone; });
  return callee;
}

}  // namespace

void ClassBuild::merge_keywords(const Object& keywords, const Object& mapping) {
  dict_merge_kwargs(keywords, mapping, build_class_callee());
}

void ClassBuild::add_keyword(const Object& keywords, const Object& name, const Object& value) {
  dict_merge_kwarg(keywords, name, value, build_class_callee());
}

}  // namespace pyrt
