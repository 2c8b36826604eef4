// Shared internals of the object model: interned dunder names, the
// per-type initializers runtime_init() calls in order, and message helpers.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include <gmp.h>

#include "pyrt/object/exception.h"
#include "pyrt/object/int.h"
#include "pyrt/object/object.h"

namespace pyrt {
struct OSErrorFields;
}  // namespace pyrt

namespace pyrt::detail {

/// An mpz_t with RAII, for the temporaries of int.cpp and number_methods.cpp;
/// `Mpz(x)` copies the int (or bool) `x`.
struct Mpz {
  Mpz() { mpz_init(v); }
  explicit Mpz(const Object& x) {
    mpz_init(v);
    int_to_mpz(x, v);
  }
  ~Mpz() { mpz_clear(v); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  mpz_t v;
};

/// Interned names used on hot paths, assigned by runtime_init().
namespace names {
extern Object init, new_, repr, str, hash, eq, ne, lt, le, gt, ge, len, bool_, iter, next, getitem, setitem,
    delitem, contains, call, getattr, setattr, delattr, format, class_, dict, name, qualname, module, doc,
    annotations, index, init_subclass, class_getitem, post_init, enter, exit, neg, pos, invert,
    abs, float_, int_, round, get, set, delete_, getattribute_, set_name, mro, bases, match_args, dataclass_fields,
    dataclass_params, args, value, code, cause, context, suppress_context, traceback, notes, keys, abstractmethods, isabstractmethod;
}  // namespace names

// One per source file, called by runtime_init() in dependency order.
void init_core_types();   // type.cpp: type, object, str, dict must exist first
/// object.__getstate__, __reduce__, __reduce_ex__, __sizeof__ and the copyreg module they
/// name (object_reduce.cpp).
void add_object_reduce_methods();
/// object.__dir__, type.__dir__ and module.__dir__ (dir.cpp), once the module type exists.
void add_dir_methods();
/// OSError (os_error.cpp): OSError_new (the errno's subclass, the fields parsed from the
/// arguments unless a subclass's own __init__ takes them), OSError.__init__, its str()
/// ("[Errno 2] No such file or directory: 'x'"; unbound for BaseException's text) and its
/// attributes (errno, strerror, filename, filename2, characters_written).
Object os_error_new(TypeObject* type, const CallArgs& args);
Object os_error_init(const CallArgs& args);
Object os_error_str(const OSErrorFields& os);
Object os_error_getattr(const OSErrorFields& os, const Object& name);
bool os_error_setattr(OSErrorFields& os, const Object& name, const Object& value);
/// The type of frame objects (types.FrameType), frame_object.cpp.
TypeObject* frame_object_type();
/// type's dunders for metaclasses: __new__, __init__, __call__, __prepare__, ... (metaclass.cpp).
void add_type_slots();
void init_object_methods();
void init_str_type();
/// upper, lower, casefold, swapcase, title, capitalize, isupper, islower,
/// istitle (str_case.cpp).
void add_str_case_methods(TypeObject* str);
void init_int_types();
void init_float_type();
void init_complex_type();
void init_bytearray_type();
void init_memoryview_type();
void init_tuple_type();
void init_list_type();
void init_dict_type();
void init_set_types();
void init_range_slice_types();
void init_descriptor_types();
void init_function_types();
void init_exception_types();
/// The type of member descriptors: C struct fields of builtins and __slots__ entries.
TypeObject* member_descriptor_type();
/// __get__, __set__ and __delete__ of member descriptors (slots.cpp).
void add_slot_descriptor_methods(TypeObject* member_descriptor);
/// split, subgroup and derive (exception_group.cpp).
void add_exception_group_methods(TypeObject* base_exception_group);
void init_slot_wrappers();  // slot_wrappers.cpp: after every builtin type exists
/// Checks the arguments (self excluded) of `owner`'s slot `name` as CPython words the check:
/// a slot wrapper's ("expected 1 argument, got 0"), or for METH_COEXIST slots such as
/// list.__getitem__ the method's ("list.__getitem__() takes exactly one argument (0 given)").
/// Slots the table does not list take `nargs` arguments. Throws TypeError.
void check_slot_arguments(TypeObject* owner, const char* name, const CallArgs& args, std::size_t nargs);
void init_number_methods();
void init_container_methods();
void init_builtins();
void init_typing_types();
void init_modules();
/// A math function's float argument (PyFloat_AsDouble): a float, an int, or what __float__
/// returns; TypeError "must be real number, not str" otherwise (module.cpp).
double math_real_arg(const Object& x);
/// math.gamma and math.lgamma (math_gamma.cpp).
Object math_gamma(const CallArgs& args);
Object math_lgamma(const CallArgs& args);
/// The module functools (functools_module.cpp), registered by init_modules.
Object make_functools();

/// Raises TypeError / ValueError / ... with `message`.
[[noreturn]] void type_error(std::string message);
[[noreturn]] void value_error(std::string message);
[[noreturn]] void index_error(std::string message);
[[noreturn]] void attribute_error(std::string message);

/// The AttributeError of assigning or deleting attribute `name` of an object
/// without a __dict__, as CPython's PyObject_GenericSetAttr words it: a
/// getset without setter "attribute 'real' of 'int' objects is not
/// writable", a read-only member "readonly attribute", another class
/// attribute "'list' object attribute 'append' is read-only", else "'int'
/// object has no attribute 'x'".
[[noreturn]] void no_dict_setattr_error(const Object& obj, const Object& name);
/// The TypeError of `del obj[key]` when type(obj) cannot delete items, worded
/// as CPython 3.11's Objects/abstract.c: PySequence_DelItem's "'T' object
/// doesn't support item deletion" when `key` is an index and the type has
/// sequence methods (a user class, or a builtin with __len__ or __contains__:
/// tuple, str, range, set, dict views), else PyObject_DelItem's "'T' object
/// does not support item deletion" (int, None, functions, any slice key).
[[noreturn]] void item_deletion_error(const Object& obj, const Object& key);
/// "'<' not supported between instances of 'A' and 'B'".
[[noreturn]] void raise_unorderable(CmpOp op, const Object& a, const Object& b);
/// The operator text for messages: "+", "**", "//", ...
const char* binop_symbol(BinaryOp op);
/// The dunder names of a binary operator: __add__, __radd__, __iadd__.
const Object& binop_name(BinaryOp op, int which /*0 plain, 1 reflected, 2 inplace*/);
/// The dunder of a comparison (__lt__...) and its reflection (Lt <-> Gt).
const Object& cmp_name(CmpOp op);
CmpOp cmp_swapped(CmpOp op);

/// The receiver native method, slot wrapper or getset `name` of builtin class `owner` runs on:
/// for an instance of a user subclass of int, float, str or bytes whose builtin base is
/// `owner`, the exact value it carries (so `int.__add__(m, 1)`, `super().__repr__()`,
/// `s.upper()` and `m.real` run the builtin's code, whose results are plain as CPython's are,
/// and never dispatch back to the subclass's overrides); `self` otherwise, and always for
/// __format__, which needs the instance itself (formats_as_str).
Object native_receiver(const TypeObject* owner, const Object& self, const char* name);

/// True when builtin __format__ with `spec` on `self` gives str(self): an empty spec on an
/// instance of a subclass of int, float or str, so its __str__ or __repr__ shows (CPython's
/// format_obj in Python/formatter_unicode.c).
bool formats_as_str(const Object& self, const Object& spec);

/// Gives int, float, str and bytes their own __new__ (CPython's tp_new_wrapper), which checks
/// its class argument as CPython does (float.__new__(int) is a TypeError) and makes instances
/// of their subclasses. Called once by runtime_init(), after those types exist.
void add_scalar_new_methods();

/// Stores in `type`'s dict a builtin function `name` marked as the builtin's slot default (what
/// a class that merely inherits it does not override), bound to the receiver like a method
/// unless `binds` is false (__new__, __prepare__, which take their class explicitly).
void add_slot_default(TypeObject* type, const char* name, Object (*fn)(const CallArgs& args), bool binds = true);

/// True when the builtin slot default stands for the attribute (the class
/// only inherits object's or BaseException's behaviour).
bool is_slot_default(const Object& attr);

/// The class's own definition of dunder `name`, found along `type`'s MRO;
/// unbound when missing or when it is a builtin's slot default (object's,
/// BaseException's, or a subclassable builtin's own __getitem__, ...), whose
/// C++ behaviour the instance then uses directly, as CPython's inherited
/// slots do.
Object user_dunder(TypeObject* type, const Object& name);

/// What a dict view (or an OrderedDict's) shows of its mapping.
enum class ViewKind { Keys, Values, Items };

/// The set operations of a keys or items view `view` (dictviews_and, _or, _sub, _xor): both
/// operands as sets; unbound (NotImplemented) for a values view and for other operators.
Object view_set_op(ViewKind kind, BinaryOp op, const Object& view, const Object& other, bool reflected);

/// An ABC's registry and caches, the `_abc_impl` of each class ABCMeta makes (abc_meta.cpp).
Object new_abc_data();
/// abc.get_cache_token(): the count of register() calls so far.
Object abc_get_cache_token(const CallArgs& args);
/// ABCMeta's register, __instancecheck__, __subclasscheck__, _abc_registry_clear and
/// _abc_caches_clear, mirroring Lib/abc.py over Modules/_abc.c.
void add_abc_meta_methods(TypeObject* abc_meta);
/// True when `descr` is an instance of a user class that defines __get__.
bool has_user_get(const Object& descr);

/// The builtin layout's own attributes (BaseException.args), unbound when it
/// has none named `name`; and its own attribute writes (true when stored).
using BaseGetattr = Object (*)(HeapObject* self, const Object& name);
using BaseSetattr = bool (*)(HeapObject* self, const Object& name, const Object& value);
/// Attribute read on an instance of a user class whose __dict__ is `dict`
/// (created on demand for `__dict__`): CPython's slot_tp_getattr_hook over
/// PyObject_GenericGetAttr (__class__, a user __getattribute__ with
/// __getattr__ tried on AttributeError, data descriptors, `dict`, other class
/// attributes), then `base`, then a user __getattr__. Unbound when missing.
Object instance_getattr(HeapObject* self, Object& dict, const Object& name, BaseGetattr base);
/// Attribute write (`value` unbound: delete) on such an instance: a user
/// __setattr__/__delattr__, else generic_setattr_dict.
void instance_setattr(HeapObject* self, Object& dict, const Object& name, const Object& value, BaseSetattr base);
/// PyObject_GenericSetAttr: property setters and user descriptors, then
/// `base` (may be null), then `dict` (AttributeError when deleting a missing
/// name).
void generic_setattr_dict(HeapObject* self, Object& dict, const Object& name, const Object& value, BaseSetattr base);

/// A user dunder's result checked as CPython's slot wrappers check it:
/// __len__ ("'str' object cannot be interpreted as an integer", ValueError
/// "__len__() should return >= 0"), __bool__ ("__bool__ should return bool,
/// returned int"), __hash__ (an int, large ones reduced), __iter__ ("iter()
/// returned non-iterator of type 'X'").
std::int64_t len_result(const Object& r);
Object bool_result(const Object& r);
std::int64_t hash_result(const Object& r);
Object iter_result(const Object& r);

/// The result of rich comparison `op` given a three-way comparison `c`
/// (negative, zero or positive), as CPython's Py_RETURN_RICHCOMPARE.
inline Object richcompare_result(int c, CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return Object::from_bool(c < 0);
    case CmpOp::Le: return Object::from_bool(c <= 0);
    case CmpOp::Eq: return Object::from_bool(c == 0);
    case CmpOp::Ne: return Object::from_bool(c != 0);
    case CmpOp::Gt: return Object::from_bool(c > 0);
    case CmpOp::Ge: return Object::from_bool(c >= 0);
  }
  return Object();
}
/// Calls `attr` found on type(self) as a method of `self`: plain functions
/// get `self` prepended without allocating a bound method.
Object call_as_method(const Object& attr, const Object& self, std::initializer_list<Object> args);
Object call_as_method_args(const Object& attr, const Object& self, const CallArgs& args);

/// Reads an argument as a str: TypeError "<what> must be str, not int".
std::string_view expect_str(const Object& x, const char* what);
/// `%`-formatting of str (printf-style), Objects/unicodeobject.c's PyUnicode_Format.
Object str_percent_format(const Object& fmt, const Object& args);
/// `fmt % args` for bytes and bytearray (_PyBytes_FormatEx): the formatted bytes. %s/%b take
/// bytes-like objects or __bytes__, %r/%a give ascii(), %c an int in range(256) or one byte;
/// TypeError "not all arguments converted during bytes formatting" and the others of str's.
std::string bytes_percent_format(std::string_view fmt, const Object& args);

/// The singleton NotImplemented.
const Object& not_implemented();
bool is_not_implemented(const Object& x) noexcept;

/// The unboxed-or-heap number test the arithmetic paths use.
bool is_number(const Object& x) noexcept;

/// The base builtin type whose layout instances of `type` use.
TypeObject* solid_base(TypeObject* type);

/// Identity hash used by object.__hash__ (CPython: address >> 4, rotated).
std::int64_t identity_hash(const void* p) noexcept;

/// Guard for reprs of recursive containers ("[...]"): enter() returns false
/// when `p` is already being printed.
struct ReprGuard {
  explicit ReprGuard(const void* p);
  ~ReprGuard();
  bool entered;
  const void* p;
};

/// A generic native iterator object over a C++ callback state; the
/// container iterators derive from it to get iter()==self and their type.
struct NativeIterator : HeapObject {
  explicit NativeIterator(TypeObject* type) : HeapObject(type) {}
  Object iter() override;
  /// What `__length_hint__` answers: the items left, or -1 for NotImplemented (unknown). An
  /// iterator has no len(): `len(iter([]))` is CPython's TypeError.
  virtual std::int64_t length_hint() { return -1; }
};

/// Creates (once) the iterator type named `name` (list_iterator, ...), with __iter__, __next__
/// and, when `has_length_hint` (every CPython iterator type but memory_iterator),
/// __length_hint__ (NativeIterator::length_hint).
TypeObject* iterator_type(const char* name, bool has_length_hint = true);

/// Adds NativeIterator::length_hint as `__length_hint__` to `type` (reversed, ...).
void add_length_hint(TypeObject* type);

/// StopIteration caught inside native next(): true when the in-flight
/// PyException is a StopIteration (used by Instance::next).
bool is_stop_iteration(const Object& exc);

}  // namespace pyrt::detail
