// The abstract object protocol: what translated code calls for every Python
// operator, attribute access, call and iteration. Mirrors CPython's
// Objects/abstract.c (PyNumber_Add, PyObject_GetAttr, PyObject_Call, ...):
// fast paths for unboxed ints/floats, then the HeapObject virtuals, then the
// reflected operation, then CPython's TypeError wording.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "pyrt/object/object.h"

namespace pyrt {

// ---- truth, identity, hashing, text ---------------------------------------

namespace detail {
bool truthy_slow(const Object& x);
Object binary_op_slow(BinaryOp op, const Object& a, const Object& b);
bool compare_bool_slow(CmpOp op, const Object& a, const Object& b);
}  // namespace detail

/// bool(x). Throws what __bool__/__len__ throw.
inline bool truthy(const Object& x) {
  switch (x.tag()) {
    case Object::Tag::Bool: return x.as_bool();
    case Object::Tag::Int: return x.as_int() != 0;
    case Object::Tag::None:
    case Object::Tag::Unbound: return false;
    default: return detail::truthy_slow(x);
  }
}
/// repr(x) as a str object / as UTF-8 text.
Object repr(const Object& x);
std::string repr_text(const Object& x);
/// str(x) as a str object / as UTF-8 text.
Object str(const Object& x);
std::string str_text(const Object& x);
/// ascii(x): repr with non-ASCII characters escaped.
Object ascii(const Object& x);
/// hash(x); raises TypeError "unhashable type: 'list'".
std::int64_t hash(const Object& x);

// ---- arithmetic -------------------------------------------------------------

/// `a <op> b` with CPython's dispatch (left, then reflected right); ints never
/// overflow (GMP beyond int64). Raises TypeError "unsupported operand type(s)
/// for +: 'int' and 'str'", ZeroDivisionError, ... The common unboxed int
/// cases are inline and allocate nothing.
inline Object binary_op(BinaryOp op, const Object& a, const Object& b) {
  if (a.is_small_int() && b.is_small_int()) {
    std::int64_t x = a.as_int(), y = b.as_int(), r;
    switch (op) {
      case BinaryOp::Add:
        if (!__builtin_add_overflow(x, y, &r)) return Object::from_int(r);
        break;
      case BinaryOp::Sub:
        if (!__builtin_sub_overflow(x, y, &r)) return Object::from_int(r);
        break;
      case BinaryOp::Mult:
        if (!__builtin_mul_overflow(x, y, &r)) return Object::from_int(r);
        break;
      case BinaryOp::BitAnd: return Object::from_int(x & y);
      case BinaryOp::BitOr: return Object::from_int(x | y);
      case BinaryOp::BitXor: return Object::from_int(x ^ y);
      case BinaryOp::FloorDiv:
        if (y > 0 && x >= 0) return Object::from_int(x / y);
        break;
      case BinaryOp::Mod:
        if (y > 0 && x >= 0) return Object::from_int(x % y);
        break;
      default: break;
    }
  } else if (a.is_float() && b.is_float()) {
    switch (op) {
      case BinaryOp::Add: return Object::from_float(a.as_float() + b.as_float());
      case BinaryOp::Sub: return Object::from_float(a.as_float() - b.as_float());
      case BinaryOp::Mult: return Object::from_float(a.as_float() * b.as_float());
      default: break;
    }
  }
  return detail::binary_op_slow(op, a, b);
}
namespace detail {
Object inplace_op_slow(BinaryOp op, const Object& a, const Object& b);
}  // namespace detail
/// `a <op>= b`: tries the in-place method first, then binary_op. Unboxed
/// ints have no in-place methods, so `total += x` takes an inline path; all
/// else (and every error, worded with "+=") goes through the slow path.
inline Object inplace_op(BinaryOp op, const Object& a, const Object& b) {
  if (a.is_small_int() && b.is_small_int()) {
    std::int64_t r;
    switch (op) {
      case BinaryOp::Add:
        if (!__builtin_add_overflow(a.as_int(), b.as_int(), &r)) return Object::from_int(r);
        break;
      case BinaryOp::Sub:
        if (!__builtin_sub_overflow(a.as_int(), b.as_int(), &r)) return Object::from_int(r);
        break;
      case BinaryOp::Mult:
        if (!__builtin_mul_overflow(a.as_int(), b.as_int(), &r)) return Object::from_int(r);
        break;
      default: break;
    }
  }
  return detail::inplace_op_slow(op, a, b);
}
Object unary_op(UnaryOp op, const Object& a);

inline Object add(const Object& a, const Object& b) { return binary_op(BinaryOp::Add, a, b); }
inline Object sub(const Object& a, const Object& b) { return binary_op(BinaryOp::Sub, a, b); }
inline Object mul(const Object& a, const Object& b) { return binary_op(BinaryOp::Mult, a, b); }

// ---- comparison ---------------------------------------------------------------

/// Rich comparison returning an object (user __eq__ may return anything).
Object compare(CmpOp op, const Object& a, const Object& b);
/// Rich comparison reduced to bool (what `if a < b` needs); unboxed ints
/// inline.
inline bool compare_bool(CmpOp op, const Object& a, const Object& b) {
  if (a.is_small_int() && b.is_small_int()) {
    std::int64_t x = a.as_int(), y = b.as_int();
    switch (op) {
      case CmpOp::Lt: return x < y;
      case CmpOp::Le: return x <= y;
      case CmpOp::Eq: return x == y;
      case CmpOp::Ne: return x != y;
      case CmpOp::Gt: return x > y;
      case CmpOp::Ge: return x >= y;
    }
  }
  return detail::compare_bool_slow(op, a, b);
}
/// `a == b` as bool with the identity shortcut CPython's containers use
/// (PyObject_RichCompareBool: identical objects are equal).
bool equal(const Object& a, const Object& b);
/// `item in container`.
bool contains(const Object& container, const Object& item);

// ---- attributes -----------------------------------------------------------------

/// a.name where `name` is an interned str. Raises AttributeError with
/// CPython's message ("'X' object has no attribute 'y'").
Object getattr(const Object& obj, const Object& name);
/// Like getattr but returns unbound instead of raising AttributeError.
Object getattr_or_unbound(const Object& obj, const Object& name);
/// dir(obj) (builtin_dir): type(obj).__dir__(obj) as a sorted list. TypeError "object does
/// not provide __dir__".
Object dir(const Object& obj);
/// A special method as the interpreter finds it (_PyObject_LookupSpecial): `name` (interned)
/// on type(obj) along its MRO, bound to obj, never from the instance's own attributes;
/// unbound when the type lacks it. pyrt's native types answer through their getattr.
Object lookup_special(const Object& obj, const Object& name);
void setattr(const Object& obj, const Object& name, const Object& value);
void delattr(const Object& obj, const Object& name);

// ---- items --------------------------------------------------------------------

Object getitem(const Object& obj, const Object& key);
void setitem(const Object& obj, const Object& key, const Object& value);
void delitem(const Object& obj, const Object& key);
/// obj[lower:upper:step] with unbound meaning omitted.
Object make_slice(const Object& lower, const Object& upper, const Object& step);
std::int64_t len(const Object& obj);

// ---- calls ----------------------------------------------------------------------

/// f(*args). Left-to-right evaluation is the caller's job (a braced list).
Object call(const Object& f, std::initializer_list<Object> args);
/// f(pos..., name=value...): `args` holds positional then keyword values;
/// `kwnames` is a tuple of str naming the trailing keyword values.
Object call_kw(const Object& f, std::initializer_list<Object> args, const Object& kwnames);
/// f(*star, **kw) where star is a tuple and kw a dict or unbound.
Object call_ex(const Object& f, const Object& star, const Object& kw);
/// obj.name(*args) without allocating a bound method when `name` resolves to
/// a plain function on the type.
Object call_method(const Object& obj, const Object& name, std::initializer_list<Object> args);

/// The result of CPython's LOAD_METHOD: `func` with the receiver `self` to
/// prepend when `name` resolved to a plain function or a builtin method
/// descriptor on the type, or the attribute's value in `func` with `self`
/// unbound otherwise. Holds references; allocates nothing.
struct Method {
  Object func;
  Object self;
};
/// LOAD_METHOD: looks `name` up on `obj` now (running __getattribute__,
/// properties and __getattr__ as getattr would), so a missing attribute
/// raises before the call's arguments are evaluated. Raises AttributeError.
Method load_method(const Object& obj, const Object& name);
/// CALL after LOAD_METHOD: calls `m` with `args`, prepending m.self when bound.
Object call_method(const Method& m, std::initializer_list<Object> args);
Object call_args(const Object& f, const CallArgs& args);

// ---- iteration ------------------------------------------------------------------

/// iter(x); raises TypeError "'int' object is not iterable".
Object iter(const Object& x);
/// next() without throwing StopIteration: false at the end.
bool next(const Object& it, Object& out);
/// `a, b, c = iterable`: fills out[0..n). ValueError "not enough values to
/// unpack (expected 3, got 2)" / "too many values to unpack (expected 2)";
/// TypeError "cannot unpack non-iterable int object".
void unpack(const Object& iterable, std::size_t n, Object* out);
/// `a, *b, c = iterable`: out has before + 1 + after entries, the middle a
/// list. ValueError "not enough values to unpack (expected at least 2, got 1)".
void unpack_star(const Object& iterable, std::size_t before, std::size_t after, Object* out);

// ---- types ------------------------------------------------------------------------

/// type(x).__name__ as text (for messages).
std::string_view type_name(const Object& x);
/// isinstance(x, cls) where cls is a type or a tuple of types (or a union);
/// TypeError "isinstance() arg 2 must be a type, a tuple of types, or a union".
bool isinstance(const Object& x, const Object& cls);
/// issubclass(cls, classinfo).
bool issubclass(const Object& cls, const Object& classinfo);
/// The type name CPython's messages quote (tp_name): type(x).__name__, or the dotted name of a
/// C module's static type ("collections.deque", TypeObject::tp_name).
std::string type_name_text(const Object& x);
/// True when `x` can be called (callable()).
bool is_callable(const Object& x);

}  // namespace pyrt
