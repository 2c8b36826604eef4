// Instances of user classes: an insertion-ordered attribute dict, attribute
// lookup with CPython's descriptor precedence (PyObject_GenericGetAttr), and
// every protocol virtual dispatched to the class's dunder methods (CPython's
// slot_tp_* wrappers in Objects/typeobject.c).
#pragma once

#include <cstdint>
#include <memory>

#include "pyrt/object/object.h"

namespace pyrt {

/// An instance of a user class deriving (directly or not) from object.
/// Each virtual looks the matching dunder up on the class (through the
/// type's lookup cache) and calls it; when the class only inherits the
/// builtin behaviour, the `base_*` virtuals supply it (object's here,
/// BaseException's in ExceptionObject).
struct Instance : HeapObject {
  explicit Instance(TypeObject* type);

  /// __dict__, created on first attribute assignment; a DictObject.
  Object dict;
  /// The values of __slots__, made on first store.
  std::unique_ptr<Object[]> slots;

  Object repr() override;
  Object str() override;
  std::int64_t hash() override;
  Object richcompare(const Object& other, CmpOp op) override;
  Object getattr(const Object& name) override;
  void setattr(const Object& name, const Object& value) override;
  Object call(const CallArgs& args) override;
  Object iter() override;
  bool next(Object& out) override;
  std::int64_t len() override;
  Object getitem(const Object& key) override;
  void setitem(const Object& key, const Object& value) override;
  Object contains(const Object& item) override;
  Object truthy() override;
  Object binop(BinaryOp op, const Object& other, bool reflected) override;
  Object inplace(BinaryOp op, const Object& other) override;
  Object unaryop(UnaryOp op) override;
  Object* instance_dict() override;
  Object* slot_values(std::size_t count) override;

  /// The builtin base's behaviour (object's here).
  virtual Object base_repr();
  virtual Object base_str();
  /// Attributes the builtin base provides itself (BaseException.args, ...);
  /// unbound when it has none named `name`.
  virtual Object base_getattr(const Object& name);
  /// True when the builtin base stored the attribute itself.
  virtual bool base_setattr(const Object& name, const Object& value);
};

/// PyObject_GenericGetAttr for `obj` whose dict is `dict` (may be unbound):
/// data descriptors on the type, then the instance dict, then other class
/// attributes (bound). Returns unbound when missing (no __getattr__ call).
Object generic_getattr(const Object& obj, const Object& dict, const Object& name);
/// PyObject_GenericSetAttr for an Instance: property setters, else the
/// instance dict. `value` unbound deletes (AttributeError when missing).
void generic_setattr(Instance* self, const Object& name, const Object& value);
/// object.__setattr__(self, name, value), bypassing a user __setattr__
/// (what frozen dataclasses' __init__ uses).
void object_setattr(const Object& obj, const Object& name, const Object& value);
/// Creates an Instance of user class `type` (not yet initialized): what
/// object.__new__(type) returns. Raises TypeError "Can't instantiate
/// abstract class X with abstract method y" when `type` is abstract.
Object new_instance(TypeObject* type);

}  // namespace pyrt
