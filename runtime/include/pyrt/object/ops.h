// The abstract object protocol: what translated code calls for every Python
// operator, attribute access, call and iteration. Mirrors CPython's
// Objects/abstract.c (PyNumber_Add, PyObject_GetAttr, PyObject_Call, ...):
// fast paths for unboxed ints/floats, then the HeapObject virtuals, then the
// reflected operation, then CPython's TypeError wording.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "pyrt/object/object.h"

namespace pyrt {

// ---- truth, identity, hashing, text ---------------------------------------

/// bool(x). Throws what __bool__/__len__ throw.
bool truthy(const Object& x);
/// repr(x) as a str object / as UTF-8 text.
Object repr(const Object& x);
std::string repr_text(const Object& x);
/// str(x) as a str object / as UTF-8 text.
Object str(const Object& x);
std::string str_text(const Object& x);
/// hash(x); raises TypeError "unhashable type: 'list'".
std::int64_t hash(const Object& x);

// ---- arithmetic -------------------------------------------------------------

/// `a <op> b` with CPython's dispatch (left, then reflected right); ints never
/// overflow (GMP beyond int64). Raises TypeError "unsupported operand type(s)
/// for +: 'int' and 'str'", ZeroDivisionError, ...
Object binary_op(BinaryOp op, const Object& a, const Object& b);
/// `a <op>= b`: tries the in-place method first, then binary_op.
Object inplace_op(BinaryOp op, const Object& a, const Object& b);
Object unary_op(UnaryOp op, const Object& a);

Object add(const Object& a, const Object& b);
Object sub(const Object& a, const Object& b);
Object mul(const Object& a, const Object& b);

// ---- comparison ---------------------------------------------------------------

/// Rich comparison returning an object (user __eq__ may return anything).
Object compare(CmpOp op, const Object& a, const Object& b);
/// Rich comparison reduced to bool (what `if a < b` needs).
bool compare_bool(CmpOp op, const Object& a, const Object& b);
/// `item in container`.
bool contains(const Object& container, const Object& item);

// ---- attributes -----------------------------------------------------------------

/// a.name where `name` is an interned str. Raises AttributeError with
/// CPython's message ("'X' object has no attribute 'y'").
Object getattr(const Object& obj, const Object& name);
/// Like getattr but returns unbound instead of raising AttributeError.
Object getattr_or_unbound(const Object& obj, const Object& name);
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
Object call_args(const Object& f, const CallArgs& args);

// ---- iteration ------------------------------------------------------------------

/// iter(x); raises TypeError "'int' object is not iterable".
Object iter(const Object& x);
/// next() without throwing StopIteration: false at the end.
bool next(const Object& it, Object& out);

// ---- types ------------------------------------------------------------------------

/// type(x).__name__ as text (for messages).
std::string_view type_name(const Object& x);
/// isinstance(x, cls) where cls is a type or a tuple of types.
bool isinstance(const Object& x, const Object& cls);

}  // namespace pyrt
