// The builtin descriptor classes property, staticmethod and classmethod
// (CPython's Objects/descrobject.c and funcobject.c), applied by
// bind_descriptor in type.h.
#pragma once

#include "pyrt/object/object.h"

namespace pyrt {

/// property(fget, fset, fdel, doc) with the .getter/.setter/.deleter
/// decorators. Getting without fget raises AttributeError "property 'x' of
/// 'C' object has no getter" (3.11 wording), setting without fset
/// "property 'x' of 'C' object has no setter".
struct PropertyObject final : HeapObject {
  PropertyObject(Object fget, Object fset, Object fdel, Object doc);
  Object fget, fset, fdel, doc;
  Object name;  ///< set by __set_name__ when the class is created, for messages
  Object getattr(const Object& name) override;
};

/// staticmethod(f): found on a class, yields f itself.
struct StaticMethodObject final : HeapObject {
  explicit StaticMethodObject(Object func);
  Object func;
  Object getattr(const Object& name) override;
  Object call(const CallArgs& args) override;
};

/// classmethod(f): found on a class or instance, yields f bound to the class.
struct ClassMethodObject final : HeapObject {
  explicit ClassMethodObject(Object func);
  Object func;
  Object getattr(const Object& name) override;
};

/// Reads/writes property `prop` on `obj` with CPython's errors; `name` is the
/// attribute name used in messages.
Object property_get(PropertyObject* prop, const Object& obj, const Object& name);
void property_set(PropertyObject* prop, const Object& obj, const Object& name, const Object& value);

/// _PyObject_IsAbstract: whether `obj.__isabstractmethod__` is true, the mark
/// abc.abstractmethod sets. property, staticmethod and classmethod report it
/// for what they wrap, as CPython's do. A missing attribute means false;
/// other errors propagate.
bool is_abstract_method(const Object& obj);

}  // namespace pyrt
