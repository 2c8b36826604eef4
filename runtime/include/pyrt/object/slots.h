// __slots__: the member descriptors of a class's slots and the class-creation rules for them.
// Mirrors Objects/typeobject.c (type_new's slots handling: mangling, "conflicts with class
// variable", __dict__ in slots) and Objects/descrobject.c (member_get/member_set for
// T_OBJECT_EX members).
#pragma once

#include <cstddef>

#include "pyrt/object/object.h"

namespace pyrt {

/// One entry of a class's __slots__ (`<member 'x' of 'C' objects>`, type member_descriptor):
/// a data descriptor over the instance's slot value number `index`.
struct SlotDescriptor final : HeapObject {
  SlotDescriptor(TypeObject* owner, Object name, std::size_t index);
  TypeObject* owner;
  Object name;  ///< the (mangled) slot name, a str
  std::size_t index;

  /// The value; AttributeError "'C' object has no attribute 'x'" while unset.
  Object get(const Object& obj);
  /// Stores `value`, or deletes when it is unbound (AttributeError "x" when unset).
  void set(const Object& obj, const Object& value);

  Object repr() override;
  Object getattr(const Object& name) override;
  Object descr_get(const Object& obj, TypeObject* type) override;
};

/// The SlotDescriptor `descr` is, or null.
SlotDescriptor* as_slot_descriptor(const Object& descr) noexcept;

/// type_new's __slots__ step for new class `type` (bases and MRO set) whose class body left
/// `ns`: reads ns['__slots__'] (a str or an iterable of str), mangles private names, adds a
/// SlotDescriptor per slot to type's dict, then the `__dict__` and `__weakref__` getset
/// descriptors for what the class adds that no base has (type_new_descriptors), and sets
/// slot_count, has_own_slots, instances_have_dict and instances_have_weakref. TypeError
/// "__slots__ items must be strings, not 'int'", ValueError "'x' in __slots__ conflicts with
/// class variable", "__dict__ slot disallowed: we already got one", "__weakref__ slot
/// disallowed: either we already got one, or the itemsize is nonzero".
void init_class_slots(TypeObject* type, const Object& ns);

}  // namespace pyrt
