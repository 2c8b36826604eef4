// The native descriptors that make builtin types' protocol slots and computed
// attributes visible as attributes: wrapper_descriptor and method-wrapper
// (`str.__len__`, `"x".__len__`) and getset_descriptor (`int.real`,
// `object.__class__`). Mirrors CPython's Objects/descrobject.c and the
// slotdefs table of Objects/typeobject.c.
#pragma once

#include <cstdint>
#include <span>

#include "pyrt/object/function.h"
#include "pyrt/object/object.h"

namespace pyrt {

/// How a slot wrapper checks its arguments, as the wrap_* functions of
/// typeobject.c do: check_num_args ("expected 1 argument, got 0"),
/// PyArg_UnpackTuple with an empty name (" expected at least 1 argument,
/// got 0"), or not at all (`__call__`, which takes anything).
enum class SlotArity : std::uint8_t { Exact, Unpack, Any };

/// One slot of the protocol exposed as a dunder: the name, the code that
/// runs the receiver's slot (the same C++ the operators use, returning
/// NotImplemented where CPython's slot does) and its arity without the
/// receiver.
struct SlotDef {
  const char* name;
  NativeMethod fn;
  std::int16_t min_args;
  std::int16_t max_args;
  SlotArity arity;
};

/// A slot of builtin type `owner` as found in its dict (`str.__len__`,
/// repr `<slot wrapper '__len__' of 'str' objects>`). Calling it takes the
/// receiver first: TypeError "descriptor '__len__' of 'str' object needs an
/// argument", "descriptor '__len__' requires a 'str' object but received a
/// 'int'". Found on an instance it binds to a MethodWrapper. Immortal, as
/// the type that holds it.
struct WrapperDescriptor final : HeapObject {
  WrapperDescriptor(TypeObject* owner, const SlotDef* slot);
  TypeObject* owner;
  const SlotDef* slot;

  /// Runs the slot on `self` after the arity check (TypeError "expected 0
  /// arguments, got 1", "wrapper __len__() takes no keyword arguments").
  Object call_bound(const Object& self, const CallArgs& args) const;
  Object repr() override;
  Object getattr(const Object& name) override;
  Object call(const CallArgs& args) override;
  Object descr_get(const Object& obj, TypeObject* type) override;
};

/// A slot wrapper bound to an instance (`"x".__len__`, type `method-wrapper`,
/// repr `<method-wrapper '__len__' of str object at 0x...>`).
struct MethodWrapper final : HeapObject {
  MethodWrapper(Object descr, Object self);
  Object descr;  ///< the WrapperDescriptor
  Object self;

  Object repr() override;
  std::int64_t hash() override;
  Object richcompare(const Object& other, CmpOp op) override;
  Object getattr(const Object& name) override;
  Object call(const CallArgs& args) override;
};

/// A computed attribute of builtin type `owner` (`int.real`, repr
/// `<attribute 'real' of 'int' objects>`): found on an instance it returns
/// `get(instance)`, found on the class it is itself. `member` makes it what
/// CPython has for a C struct field (`slice.start`, type member_descriptor,
/// repr `<member 'start' of 'slice' objects>`). Read-only unless it has a
/// `set`, which assignment and `del` (value unbound) on an instance call.
struct GetSetDescriptor final : HeapObject {
  using Getter = Object (*)(const Object& self);
  using Setter = void (*)(const Object& self, const Object& value);
  GetSetDescriptor(TypeObject* owner, const char* name, Getter get, bool member, Setter set = nullptr);
  TypeObject* owner;
  const char* name;
  Getter get;
  bool member;
  Setter set;

  Object repr() override;
  Object getattr(const Object& name) override;
  Object descr_get(const Object& obj, TypeObject* type) override;
  bool descr_set(const Object& obj, const Object& value) override;
};

/// One row of a builtin type's table of computed attributes (PyGetSetDef,
/// or PyMemberDef when `member`); `set` null for a read-only one.
struct GetSetDef {
  const char* name;
  GetSetDescriptor::Getter get;
  bool member = false;
  GetSetDescriptor::Setter set = nullptr;
};
/// Adds every row of `rows` to builtin type `type`'s dict.
void add_getsets(TypeObject* type, std::span<const GetSetDef> rows);

/// Adds to builtin type `type`'s dict a slot wrapper for each name in
/// `names` (space-separated dunders of CPython's slotdefs that pyrt
/// implements, e.g. "__iter__ __next__"); an unknown name aborts, as a
/// misspelt table row.
void add_slot_wrappers(TypeObject* type, const char* names);

/// True for a slot wrapper: the builtin type's own slot, which a class that
/// only inherits it does not override (see detail::is_slot_default).
bool is_slot_wrapper(const Object& attr) noexcept;

}  // namespace pyrt
