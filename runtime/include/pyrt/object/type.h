// TypeObject: Python classes, builtin and user-defined, with C3 method
// resolution, a class dict and a per-type lookup cache. Mirrors CPython's
// Objects/typeobject.c (type_call, mro_internal, _PyType_Lookup, super).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "pyrt/object/object.h"

namespace pyrt {

/// Native constructor of a builtin type: `type` is the type being called
/// (the builtin type itself or a user subclass), `args` the call's arguments.
/// Returns the new object (a new reference) or throws PyException.
using NativeNew = Object (*)(TypeObject* type, const CallArgs& args);

/// A Python class. Type objects are immortal: they are created once (builtin
/// types at runtime_init(), user classes by make_class) and never freed, so
/// `TypeObject*` may be held without reference counting.
struct TypeObject final : HeapObject {
  explicit TypeObject(std::string name, std::string module = "builtins");

  std::string name;      ///< __name__
  std::string qualname;  ///< __qualname__
  std::string module;    ///< __module__ ("builtins" for builtin types)
  /// CPython's tp_name when it differs from `name`: the dotted name of a static type defined
  /// in a C module ("collections.deque"), which CPython's messages quote ("unhashable type:
  /// 'collections.deque'"); empty otherwise. type_name_text reads it.
  std::string tp_name;
  std::vector<TypeObject*> bases;  ///< __bases__
  std::vector<TypeObject*> mro;    ///< __mro__, starting with this type
  /// The classes made with this one among their __bases__, in creation order: __subclasses__()
  /// (classes are immortal, so no weak references are needed).
  std::vector<TypeObject*> subclasses;
  Object dict;                     ///< the class namespace, a DictObject
  /// The builtin type whose C++ layout instances use (object for plain user
  /// classes, BaseException for exception classes, itself for builtins).
  TypeObject* solid = nullptr;
  /// Constructs instances; null for types that cannot be instantiated
  /// ("cannot create 'X' instances").
  NativeNew native_new = nullptr;
  bool is_heap_type = false;  ///< created by `class` (its attributes are writable)
  bool is_basetype = false;   ///< may be subclassed (Py_TPFLAGS_BASETYPE)
  /// CPython 3.11 forbids subclassing it too (bool, range, slice, ...), so
  /// make_class's "type 'bool' is not an acceptable base type" is CPython's
  /// own behaviour. A builtin that is neither this nor is_basetype is one
  /// CPython lets programs subclass but pyrt has no layout for yet:
  /// pyrt-dump-names lists it and the translator rejects such a class
  /// statement.
  bool is_final_in_cpython = false;
  bool is_exception = false;  ///< a subclass of BaseException
  /// The type has CPython's sq_concat and sq_repeat without being one of the builtin sequences
  /// (collections.deque), so a failed `+` or `*` is worded as the sequence's: "can only
  /// concatenate deque (not "list") to deque", "can't multiply sequence by non-int of type 'str'".
  bool sequence_concat = false;
  /// __slots__: how many slot values instances keep (this class's and its bases'), whether
  /// this class itself added some (then it is a layout of its own, as in CPython), and whether
  /// instances have a __dict__ (no for a class with __slots__ whose bases have none, unless
  /// '__dict__' is among the slots).
  std::size_t slot_count = 0;
  bool has_own_slots = false;
  bool instances_have_dict = true;
  /// Instances can be weakly referenced (tp_weaklistoffset != 0): set and frozenset among the
  /// builtins pyrt subclasses, and a class that added __weakref__ or derives from one.
  bool instances_have_weakref = false;
  static constexpr std::uint8_t kSequenceFlag = 1;
  static constexpr std::uint8_t kMappingFlag = 2;
  /// Its metaclass is abc.ABCMeta or a subclass of it (abc.ABC, the
  /// collections.abc classes, typing.Protocol and what derives from them). Such
  /// a class computes __abstractmethods__ when it is created (abc._abc_init).
  bool has_abc_meta = false;
  /// __abstractmethods__ is non-empty (Py_TPFLAGS_IS_ABSTRACT): instances
  /// made through object.__new__ raise TypeError.
  bool is_abstract = false;
  /// Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING (kSequenceFlag, kMappingFlag), what the match
  /// statement's sequence and mapping patterns test: set on list, tuple, range, memoryview,
  /// deque and dict, inherited from the best base (inherit_patma_flags), set by
  /// `__abc_tpflags__` in an ABCMeta class body and given by ABCMeta.register to a heap class.
  std::uint8_t collection_flags = 0;

  /// The attribute `name` (an interned str) found along the MRO, unbound if
  /// missing. Mirrors _PyType_Lookup, including its cache (invalidated when
  /// any class attribute is assigned).
  Object lookup(const Object& name) const;
  /// Whether the class defines (itself or through its MRO) its own
  /// __getattribute__ / __getattr__ / __setattr__ / __delattr__ rather than
  /// object's. Cached like lookup(), so plain attribute access on instances
  /// does not look these names up every time.
  bool has_user_getattribute() const { return slot_flags().getattribute; }
  bool has_user_getattr() const { return slot_flags().getattr; }
  bool has_user_setattr() const { return slot_flags().setattr; }
  bool has_user_delattr() const { return slot_flags().delattr; }
  /// The name CPython's messages quote for the type: tp_name when set, else name.
  const std::string& message_name() const { return tp_name.empty() ? name : tp_name; }
  /// True when `other` is in this type's MRO (PyType_IsSubtype).
  bool is_subtype(const TypeObject* other) const;

  // The protocol of a class object. Each first asks the class's metaclass for
  // a dunder it defines in Python (a metaclass's __call__, __iter__,
  // __getitem__, __repr__, ...), as CPython's slot_tp_* wrappers installed on
  // the metaclass do, and otherwise behaves as `type` does.
  Object repr() override;
  Object str() override;
  std::int64_t hash() override;
  Object richcompare(const Object& other, CmpOp op) override;
  Object getattr(const Object& name) override;
  void setattr(const Object& name, const Object& value) override;
  Object call(const CallArgs& args) override;
  Object iter() override;
  std::int64_t len() override;
  Object getitem(const Object& key) override;
  void setitem(const Object& key, const Object& value) override;
  Object contains(const Object& item) override;
  Object truthy() override;
  Object binop(BinaryOp op, const Object& other, bool reflected) override;

  /// type.__call__ (type_call): type(x); else __new__ then, when the result is
  /// an instance of this class, its type's __init__. What calling the class
  /// does unless its metaclass defines __call__, and what a metaclass's
  /// `super().__call__(*args)` reaches. Raises what __new__/__init__ raise and
  /// TypeError "type() takes 1 or 3 arguments", "X() takes no arguments".
  Object type_call(const CallArgs& args);
  /// type.__repr__ (type_repr): "<class 'mod.Name'>", the module left out for builtins.
  Object type_repr() const;
  /// type.__getattribute__ (type_getattro): the metaclass's data descriptors,
  /// then the class's MRO (its descriptors' __get__ called with no instance),
  /// then the metaclass's other attributes bound to the class. Unbound when
  /// missing.
  Object type_getattro(const Object& name);
  /// type.__setattr__ (type_setattro): `value` unbound deletes. TypeError
  /// "cannot set 'x' attribute of immutable type 'int'"; a data descriptor
  /// of the metaclass (a property) runs instead of the class dict.
  void type_setattro(const Object& name, const Object& value);

  /// Recomputes `mro` by C3 linearization from `bases`; raises TypeError "Cannot create a
  /// consistent method resolution\norder (MRO) for bases A, B", with CPython 3.11's line break.
  void compute_mro();

 private:
  struct CacheEntry {
    const HeapObject* key = nullptr;
    std::uint64_t version = 0;
    Object value;
  };
  mutable CacheEntry cache_[32];
  struct SlotFlags {
    std::uint64_t version = 0;
    bool getattribute = false, getattr = false, setattr = false, delattr = false;
  };
  const SlotFlags& slot_flags() const;
  mutable SlotFlags slot_flags_;
};

/// The builtin type objects, created by runtime_init(). The trailing
/// underscore avoids C++ keywords (int_, float_, bool_) and is kept on
/// `object_`/`type_` for symmetry with pyrt::builtin.
namespace types {
extern TypeObject* object;
extern TypeObject* type;
extern TypeObject* NoneType;
extern TypeObject* NotImplementedType;
extern TypeObject* ellipsis;
extern TypeObject* bool_;
extern TypeObject* int_;
extern TypeObject* float_;
extern TypeObject* complex_;
extern TypeObject* str;
extern TypeObject* bytes;
extern TypeObject* bytearray;
extern TypeObject* memoryview;
extern TypeObject* tuple;
extern TypeObject* list;
extern TypeObject* dict;
extern TypeObject* set;
extern TypeObject* frozenset;
extern TypeObject* range;
extern TypeObject* slice;
extern TypeObject* function;
extern TypeObject* builtin_function;  ///< builtin_function_or_method
extern TypeObject* method;
extern TypeObject* method_descriptor;
extern TypeObject* cell;
extern TypeObject* module;
extern TypeObject* property;
extern TypeObject* staticmethod;
extern TypeObject* classmethod;
extern TypeObject* super;
extern TypeObject* generic_alias;  ///< types.GenericAlias
extern TypeObject* union_type;     ///< types.UnionType (int | None)
extern TypeObject* iterator;       ///< generic native iterator (list_iterator, ...)
extern TypeObject* dict_keys;
extern TypeObject* dict_values;
extern TypeObject* dict_items;
extern TypeObject* abc_meta;  ///< abc.ABCMeta, a metaclass
}  // namespace types

/// True when `x` is a class: an instance of `type` or of a metaclass
/// (PyType_Check).
inline bool is_type(const Object& x) noexcept {
  return x.is_heap() && (x.heap()->type == types::type || x.heap()->type->is_subtype(types::type));
}

/// Creates a builtin (non-heap) type named `name` deriving from `base`
/// (object when null). Used by runtime_init() and by the coroutine and
/// asyncio code for their native classes. The type is immortal. A type that
/// may be subclassed (`is_basetype`) needs `native_new`, since instances of
/// its subclasses are made by it; std::logic_error otherwise.
TypeObject* make_builtin_type(const char* name, TypeObject* base = nullptr, const char* module = "builtins",
                              NativeNew native_new = nullptr, bool is_basetype = false);

/// The `class` statement: creates a user class from its name, qualname,
/// bases (a tuple; empty means (object,)) and namespace dict (copied).
/// Raises TypeError with CPython's texts for invalid bases ("bases must be
/// types", "type 'bool' is not an acceptable base type", "duplicate base
/// class X", MRO conflicts, layout conflicts "multiple bases have instance
/// lay-out conflict"). Functions in the namespace named __init_subclass__ or
/// __class_getitem__ become classmethods as in CPython.
TypeObject* make_class(const Object& name, const Object& qualname, const Object& bases_tuple, const Object& ns_dict);
/// The same with the class statement's keywords (`class C(Base, flag=True)`, a dict), which
/// type.__new__ passes to the first __init_subclass__ along the MRO; TypeError
/// "C.__init_subclass__() takes no keyword arguments" when that is object's.
TypeObject* make_class(const Object& name, const Object& qualname, const Object& bases_tuple, const Object& ns_dict,
                       const Object& keywords);

/// type.__new__(metatype, name, bases, ns, **keywords) (type_new): the class
/// made by the most derived metaclass of `metatype` and the bases' types,
/// whose own __new__ runs instead when it is not type's. `args` are the three
/// positional arguments (name a str, bases a tuple, ns a dict) then the
/// keywords, which go to __init_subclass__. TypeError with CPython's texts
/// ("type.__new__() takes exactly 3 arguments (2 given)", "type.__new__()
/// argument 3 must be dict, not list", "metaclass conflict: ...") and what
/// make_class raises.
Object type_new(TypeObject* metatype, const CallArgs& args);

/// _PyType_CalculateMetaclass: the metaclass among `metatype` and the types of
/// the classes in `bases` (a tuple) that derives from all the others. TypeError
/// "metaclass conflict: the metaclass of a derived class must be a (non-strict)
/// subclass of the metaclasses of all its bases" when there is none.
TypeObject* calculate_metaclass(TypeObject* metatype, const Object& bases);

/// A class that CPython writes in Python (abc.ABC, typing.Generic and Protocol,
/// types.SimpleNamespace), made by make_class as `class NAME(*bases)` in
/// module `module` would make it: a heap type whose instances use object's
/// layout. `attributes` (interned name, value) form its namespace.
/// `abc_meta` stands for `metaclass=ABCMeta` on a class whose bases do not
/// already imply it. Raises what make_class raises.
TypeObject* make_python_class(const char* name, const char* module, const std::vector<TypeObject*>& bases,
                              std::initializer_list<std::pair<Object, Object>> attributes, bool abc_meta);

/// super(cls, self): a proxy whose attribute lookup starts after `cls` in
/// type(self).__mro__ (or in `self`'s own MRO when `self` is a class) and
/// binds what it finds to `self`. Raises TypeError "super(type, obj): obj
/// must be an instance or subtype of type".
Object super_(const Object& cls, const Object& self);

/// Binds `descr` (found on a type) to `obj`, mirroring tp_descr_get: plain
/// functions become bound methods, classmethod binds the type, staticmethod
/// unwraps, property calls its getter. `obj` unbound means class access
/// through `type`. Returns `descr` itself when it is not a descriptor.
Object bind_descriptor(const Object& descr, const Object& obj, TypeObject* type);
/// True when `descr` is a data descriptor (property), which wins over the
/// instance dict.
bool is_data_descriptor(const Object& descr);

/// Invalidates every type's lookup cache; called when a class attribute is
/// assigned (CPython's type version tags).
void invalidate_type_caches();

/// `<__main__.X object at 0x...>`: object.__repr__'s text for `obj`.
std::string default_object_repr(const Object& obj);

/// The `__name__`-with-module text CPython uses in messages and reprs:
/// "X" for builtins and __main__ classes' type(x).__name__.
std::string type_qualified_name(const TypeObject* type);

}  // namespace pyrt
