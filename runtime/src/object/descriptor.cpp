// property, staticmethod and classmethod. Mirrors CPython's
// Objects/descrobject.c (property_descr_get/set and their 3.11 messages)
// and Objects/funcobject.c (sm_call, cm_descr_get).
#include "pyrt/object/descriptor.h"

#include <string>

#include "internal.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/function.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

PropertyObject::PropertyObject(Object g, Object s, Object d, Object dc)
    : HeapObject(types::property), fget(std::move(g)), fset(std::move(s)), fdel(std::move(d)), doc(std::move(dc)) {}

namespace {

[[noreturn]] void property_error(PropertyObject* prop, const Object& obj, const char* what) {
  if (!prop->name.is_unbound()) {
    detail::attribute_error("property " + repr_text(prop->name) + " of '" + obj.type()->qualname + "' object has no " +
                            what);
  }
  // A property never given a name (not created in a class body): 3.11's
  // property_descr_get/set word it without one.
  detail::attribute_error("property of '" + obj.type()->qualname + "' object has no " + what);
}

bool is_none_or_unbound(const Object& x) { return x.is_unbound() || x.is_none(); }

}  // namespace

Object property_get(PropertyObject* prop, const Object& obj, const Object&) {
  if (is_none_or_unbound(prop->fget)) property_error(prop, obj, "getter");
  return call(prop->fget, {obj});
}

void property_set(PropertyObject* prop, const Object& obj, const Object&, const Object& value) {
  if (value.is_unbound()) {
    if (is_none_or_unbound(prop->fdel)) property_error(prop, obj, "deleter");
    call(prop->fdel, {obj});
    return;
  }
  if (is_none_or_unbound(prop->fset)) property_error(prop, obj, "setter");
  call(prop->fset, {obj, value});
}

namespace {

PropertyObject* as_prop(const Object& x) { return static_cast<PropertyObject*>(x.heap()); }

Object copy_with(const Object& self, int which, const Object& f) {
  PropertyObject* p = as_prop(self);
  auto* n = new PropertyObject(which == 0 ? f : p->fget, which == 1 ? f : p->fset, which == 2 ? f : p->fdel, p->doc);
  n->name = p->name;
  return Object(n);
}

Object prop_getter(const Object& self, const CallArgs& args) {
  check_nargs(args, "getter", 1, 1);
  return copy_with(self, 0, args.args[0]);
}

Object prop_setter(const Object& self, const CallArgs& args) {
  check_nargs(args, "setter", 1, 1);
  return copy_with(self, 1, args.args[0]);
}

Object prop_deleter(const Object& self, const CallArgs& args) {
  check_nargs(args, "deleter", 1, 1);
  return copy_with(self, 2, args.args[0]);
}

Object prop_set_name(const Object& self, const CallArgs& args) {
  check_nargs(args, "__set_name__", 2, 2);
  as_prop(self)->name = args.args[1];
  return kNone;
}

Object property_new(TypeObject*, const CallArgs& args) {
  Object a[4];
  parse_args(args, "property", {"fget", "fset", "fdel", "doc"}, 4, 0, a);
  for (auto& x : a)
    if (x.is_unbound()) x = kNone;
  if (a[3].is_none() && !a[0].is_none()) a[3] = getattr_or_unbound(a[0], detail::names::doc);
  return make<PropertyObject>(a[0], a[1], a[2], a[3].is_unbound() ? kNone : a[3]);
}

Object staticmethod_new(TypeObject*, const CallArgs& args) {
  check_nargs(args, "staticmethod", 1, 1);
  return make<StaticMethodObject>(args.args[0]);
}

Object classmethod_new(TypeObject*, const CallArgs& args) {
  check_nargs(args, "classmethod", 1, 1);
  return make<ClassMethodObject>(args.args[0]);
}

}  // namespace

Object PropertyObject::getattr(const Object& n) {
  std::string_view t = str_view(n);
  if (t == "fget") return fget;
  if (t == "fset") return fset;
  if (t == "fdel") return fdel;
  if (n.is(detail::names::doc)) return doc;
  // property_get___isabstractmethod__: abstract when any accessor is.
  if (n.is(detail::names::isabstractmethod)) {
    return Object::from_bool(is_abstract_method(fget) || is_abstract_method(fset) || is_abstract_method(fdel));
  }
  return HeapObject::getattr(n);
}

StaticMethodObject::StaticMethodObject(Object f) : HeapObject(types::staticmethod), func(std::move(f)) {}

Object StaticMethodObject::getattr(const Object& n) {
  std::string_view t = str_view(n);
  if (t == "__func__" || t == "__wrapped__") return func;
  if (n.is(detail::names::name) || n.is(detail::names::qualname) || n.is(detail::names::doc)) {
    return pyrt::getattr(func, n);
  }
  if (n.is(detail::names::isabstractmethod)) return Object::from_bool(is_abstract_method(func));
  return HeapObject::getattr(n);
}

Object StaticMethodObject::call(const CallArgs& args) { return call_args(func, args); }

ClassMethodObject::ClassMethodObject(Object f) : HeapObject(types::classmethod), func(std::move(f)) {}

Object ClassMethodObject::getattr(const Object& n) {
  std::string_view t = str_view(n);
  if (t == "__func__" || t == "__wrapped__") return func;
  if (n.is(detail::names::name) || n.is(detail::names::qualname) || n.is(detail::names::doc)) {
    return pyrt::getattr(func, n);
  }
  if (n.is(detail::names::isabstractmethod)) return Object::from_bool(is_abstract_method(func));
  return HeapObject::getattr(n);
}

bool is_abstract_method(const Object& obj) {
  Object mark = getattr_or_unbound(obj, detail::names::isabstractmethod);
  return !mark.is_unbound() && truthy(mark);
}

void detail::init_descriptor_types() {
  types::property = make_builtin_type("property", nullptr, "builtins", property_new, false);
  types::staticmethod = make_builtin_type("staticmethod", nullptr, "builtins", staticmethod_new, false);
  types::classmethod = make_builtin_type("classmethod", nullptr, "builtins", classmethod_new, false);
  add_method(types::property, "getter", prop_getter);
  add_method(types::property, "setter", prop_setter);
  add_method(types::property, "deleter", prop_deleter);
  add_method(types::property, "__set_name__", prop_set_name);
}

}  // namespace pyrt
