// The builtins: functions, iterator types (enumerate, zip, map, filter,
// reversed) and the names table. Mirrors CPython's Python/bltinmodule.c and
// Objects/enumobject.c, error texts included.
#include "pyrt/object/builtins.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "../native/native.h"
#include "internal.h"
#include "pyrt/coro/coroutine.h"
#include "pyrt/object/complex.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception_object.h"
#include "pyrt/object/float.h"
#include "pyrt/object/format.h"
#include "pyrt/object/function.h"
#include "pyrt/object/instance.h"
#include "pyrt/object/int.h"
#include "pyrt/object/list.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/print.h"
#include "pyrt/object/range.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/subclassing.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"
#include "pyrt/translated.h"

namespace pyrt {

using detail::type_error;
using detail::value_error;
namespace nm = detail::names;

namespace {

// ---- iterator types ------------------------------------------------------------------------------

struct EnumerateObject final : detail::NativeIterator {
  EnumerateObject(TypeObject* t, Object it, Object start) : NativeIterator(t), it(std::move(it)), count(std::move(start)) {}
  Object it, count;
  bool next(Object& out) override {
    Object x;
    if (!pyrt::next(it, x)) return false;
    out = tuple_of({count, std::move(x)});
    count = add(count, Object::from_int(1));
    return true;
  }
};

struct ZipObject final : detail::NativeIterator {
  ZipObject(TypeObject* t, std::vector<Object> its, bool strict) : NativeIterator(t), its(std::move(its)), strict(strict) {}
  std::vector<Object> its;
  bool strict;
  bool next(Object& out) override {
    if (its.empty()) return false;
    std::vector<Object> items;
    items.reserve(its.size());
    for (std::size_t i = 0; i < its.size(); ++i) {
      Object x;
      if (!pyrt::next(its[i], x)) {
        if (strict) {
          if (i > 0) {
            value_error("zip() argument " + std::to_string(i + 1) + " is shorter than argument" +
                        (i == 1 ? " 1" : "s 1-" + std::to_string(i)));
          }
          for (std::size_t j = 1; j < its.size(); ++j) {
            Object y;
            if (pyrt::next(its[j], y)) {
              value_error("zip() argument " + std::to_string(j + 1) + " is longer than argument" +
                          (j == 1 ? " 1" : "s 1-" + std::to_string(j)));
            }
          }
        }
        its.clear();
        return false;
      }
      items.push_back(std::move(x));
    }
    out = tuple_from_vector(std::move(items));
    return true;
  }
};

struct MapObject final : detail::NativeIterator {
  MapObject(TypeObject* t, Object fn, std::vector<Object> its) : NativeIterator(t), fn(std::move(fn)), its(std::move(its)) {}
  Object fn;
  std::vector<Object> its;
  bool next(Object& out) override {
    std::vector<Object> items;
    items.reserve(its.size());
    for (auto& it : its) {
      Object x;
      if (!pyrt::next(it, x)) return false;
      items.push_back(std::move(x));
    }
    out = call_args(fn, CallArgs{items.data(), items.size(), 0, nullptr});
    return true;
  }
};

struct FilterObject final : detail::NativeIterator {
  FilterObject(TypeObject* t, Object fn, Object it) : NativeIterator(t), fn(std::move(fn)), it(std::move(it)) {}
  Object fn, it;
  bool next(Object& out) override {
    Object x;
    while (pyrt::next(it, x)) {
      bool keep = fn.is_none() ? pyrt::truthy(x) : pyrt::truthy(pyrt::call(fn, {x}));
      if (keep) {
        out = std::move(x);
        return true;
      }
    }
    return false;
  }
};

struct ReversedObject final : detail::NativeIterator {
  ReversedObject(TypeObject* t, Object seq, std::int64_t n) : NativeIterator(t), seq(std::move(seq)), index(n - 1) {}
  Object seq;
  std::int64_t index;
  bool next(Object& out) override {
    if (index < 0 || seq.is_unbound()) return false;
    if (is_list(seq) && index >= static_cast<std::int64_t>(list_items(seq).size())) {
      index = -1;
      return false;
    }
    out = pyrt::getitem(seq, Object::from_int(index--));
    return true;
  }
  std::int64_t length_hint() override { return index + 1; }
};

struct CallableIterator final : detail::NativeIterator {
  CallableIterator(TypeObject* t, Object fn, Object sentinel)
      : NativeIterator(t), fn(std::move(fn)), sentinel(std::move(sentinel)) {}
  Object fn, sentinel;
  bool next(Object& out) override {
    if (fn.is_unbound()) return false;
    Object v = pyrt::call(fn, {});
    if (equal(v, sentinel)) {
      fn = Object();
      return false;
    }
    out = std::move(v);
    return true;
  }
};

TypeObject* t_enumerate;
TypeObject* t_zip;
TypeObject* t_map;
TypeObject* t_filter;
TypeObject* t_reversed;
TypeObject* t_callable_iterator;

Object enumerate_new(TypeObject*, const CallArgs& args) {
  Object a[2];
  parse_args(args, "enumerate", {"iterable", "start"}, 2, 1, a);
  Object start = a[1].is_unbound() ? Object::from_int(0) : a[1];
  if (!is_int(start)) type_error("'" + type_name_text(start) + "' object cannot be interpreted as an integer");
  return make<EnumerateObject>(t_enumerate, pyrt::iter(a[0]), start);
}

Object zip_new(TypeObject*, const CallArgs& args) {
  bool strict = false;
  for (std::size_t k = 0; k < args.nkw; ++k) {
    if (str_view(args.kwnames[k]) != "strict") {
      type_error("zip() got an unexpected keyword argument '" + std::string(str_view(args.kwnames[k])) + "'");
    }
    strict = truthy(args.args[args.npos + k]);
  }
  std::vector<Object> its;
  for (std::size_t i = 0; i < args.npos; ++i) its.push_back(pyrt::iter(args.args[i]));
  return make<ZipObject>(t_zip, std::move(its), strict);
}

Object map_new(TypeObject*, const CallArgs& args) {
  check_no_kwargs(args, "map");
  if (args.npos < 2) type_error("map() must have at least two arguments.");
  std::vector<Object> its;
  for (std::size_t i = 1; i < args.npos; ++i) its.push_back(pyrt::iter(args.args[i]));
  return make<MapObject>(t_map, args.args[0], std::move(its));
}

Object filter_new(TypeObject*, const CallArgs& args) {
  check_nargs(args, "filter", 2, 2);
  return make<FilterObject>(t_filter, args.args[0], pyrt::iter(args.args[1]));
}

Object reversed_new(TypeObject*, const CallArgs& args) {
  check_nargs(args, "reversed", 1, 1);
  const Object& seq = args.args[0];
  static const Object reversed_name = intern("__reversed__");
  Object r = seq.type()->lookup(reversed_name);
  if (!r.is_unbound() && !r.is_none()) return detail::call_as_method(r, seq, {});
  TypeObject* t = seq.type();
  bool sequence = t == types::list || t == types::tuple || t == types::str || t == types::range ||
                  (!t->lookup(nm::getitem).is_unbound() && !t->lookup(nm::len).is_unbound());
  if (!sequence) type_error("'" + type_name_text(seq) + "' object is not reversible");
  return make<ReversedObject>(t_reversed, seq, pyrt::len(seq));
}

// ---- functions -------------------------------------------------------------------------------------

Object b_len(const CallArgs& args) {
  return Object::from_int(pyrt::len(args.args[0]));
}

Object b_repr(const CallArgs& args) {
  return pyrt::repr(args.args[0]);
}

Object b_ascii(const CallArgs& args) {
  return pyrt::ascii(args.args[0]);
}

Object b_sum(const CallArgs& args) {
  if (args.npos == 0) type_error("sum() takes at least 1 positional argument (0 given)");
  Object a[2];
  parse_args(args, "sum", {"", "start"}, 2, 1, a);
  Object total = a[1].is_unbound() ? Object::from_int(0) : a[1];
  if (is_str(total)) type_error("sum() can't sum strings [use ''.join(seq) instead]");
  if (total.type() == types::bytes) type_error("sum() can't sum bytes [use b''.join(seq) instead]");
  Object it = pyrt::iter(a[0]);
  Object x;
  while (pyrt::next(it, x)) total = add(total, x);
  return total;
}

Object min_max(const CallArgs& args, bool is_max) {
  const char* name = is_max ? "max" : "min";
  Object key, dflt;
  for (std::size_t k = 0; k < args.nkw; ++k) {
    std::string_view kw = str_view(args.kwnames[k]);
    if (kw == "key") key = args.args[args.npos + k];
    else if (kw == "default") dflt = args.args[args.npos + k];
    else type_error(std::string(name) + "() got an unexpected keyword argument '" + std::string(kw) + "'");
  }
  if (args.npos == 0) type_error(std::string(name) + " expected at least 1 argument, got 0");
  if (args.npos > 1 && !dflt.is_unbound()) {
    type_error(std::string("Cannot specify a default for ") + name + "() with multiple positional arguments");
  }
  if (key.is_none()) key = Object();
  Object it = args.npos == 1 ? pyrt::iter(args.args[0]) : pyrt::iter(tuple_from_vector(std::vector<Object>(args.args, args.args + args.npos)));
  Object best, best_key, x;
  while (pyrt::next(it, x)) {
    Object k = key.is_unbound() ? x : call(key, {x});
    if (best.is_unbound() || compare_bool(is_max ? CmpOp::Gt : CmpOp::Lt, k, best_key)) {
      best = x;
      best_key = k;
    }
  }
  if (best.is_unbound()) {
    if (!dflt.is_unbound()) return dflt;
    value_error(std::string(name) + "() arg is an empty sequence");
  }
  return best;
}

Object b_min(const CallArgs& args) { return min_max(args, false); }
Object b_max(const CallArgs& args) { return min_max(args, true); }

Object b_abs(const CallArgs& args) {
  const Object& x = args.args[0];
  if (x.is_float()) return Object::from_float(std::fabs(x.as_float()));
  // A subclass's instance goes through its __abs__ (a user's, else long_abs's plain int).
  if (is_int(x) && !is_scalar_subclass_instance(x)) {
    return int_sign(x) < 0 ? unary_op(UnaryOp::USub, x) : (x.is_bool() ? Object::from_int(x.as_bool()) : x);
  }
  Object f = x.type()->lookup(nm::abs);
  if (!f.is_unbound()) return detail::call_as_method(f, x, {});
  type_error("bad operand type for abs(): '" + type_name_text(x) + "'");
}

Object b_sorted(const CallArgs& args) {
  if (args.npos != 1) type_error("sorted expected 1 argument, got " + std::to_string(args.npos));
  Object a[2];
  CallArgs kw{args.args + 1, 0, args.nkw, args.kwnames};
  parse_args(kw, "sort", {"key", "reverse"}, 0, 0, a);
  Object out = list_from_iterable(args.args[0]);
  list_sort(out, a[0], !a[1].is_unbound() && truthy(a[1]));
  return out;
}

Object b_isinstance(const CallArgs& args) {
  return Object::from_bool(pyrt::isinstance(args.args[0], args.args[1]));
}

Object b_issubclass(const CallArgs& args) {
  return Object::from_bool(pyrt::issubclass(args.args[0], args.args[1]));
}

Object attr_name(const Object& name) {
  if (!is_str(name)) type_error("attribute name must be string, not '" + type_name_text(name) + "'");
  return intern(str_view(name));
}

Object b_hasattr(const CallArgs& args) {
  return Object::from_bool(!getattr_or_unbound(args.args[0], attr_name(args.args[1])).is_unbound());
}

Object b_getattr(const CallArgs& args) {
  Object name = attr_name(args.args[1]);
  if (args.npos == 3) {
    Object v = getattr_or_unbound(args.args[0], name);
    return v.is_unbound() ? args.args[2] : v;
  }
  return pyrt::getattr(args.args[0], name);
}

Object b_setattr(const CallArgs& args) {
  pyrt::setattr(args.args[0], attr_name(args.args[1]), args.args[2]);
  return kNone;
}

Object b_delattr(const CallArgs& args) {
  pyrt::delattr(args.args[0], attr_name(args.args[1]));
  return kNone;
}

Object b_id(const CallArgs& args) {
  const Object& x = args.args[0];
  if (x.is_heap()) return Object::from_int(static_cast<std::int64_t>(reinterpret_cast<std::uintptr_t>(x.heap())));
  // Wraps as unsigned arithmetic: a large int's hash times 32 overflows int64 (pprint asks the
  // id of 10**6 and its neighbours; UBSan reported the signed overflow).
  std::uint64_t id = static_cast<std::uint64_t>(pyrt::hash(x)) * 32u + static_cast<std::uint64_t>(x.tag());
  return Object::from_int(static_cast<std::int64_t>(id));
}

Object b_hash(const CallArgs& args) {
  return Object::from_int(pyrt::hash(args.args[0]));
}

Object b_iter(const CallArgs& args) {
  if (args.npos == 2) {
    if (!is_callable(args.args[0])) type_error("iter(v, w): v must be callable");
    return make<CallableIterator>(t_callable_iterator, args.args[0], args.args[1]);
  }
  return pyrt::iter(args.args[0]);
}

Object b_next(const CallArgs& args) {
  const Object& it = args.args[0];
  if (!it.is_heap()) type_error("'" + type_name_text(it) + "' object is not an iterator");
  Object out;
  if (pyrt::next(it, out)) return out;
  if (args.npos == 2) return args.args[1];
  raise(new_exception_args(exc::StopIteration, {}));
}

Object b_any(const CallArgs& args) {
  Object it = pyrt::iter(args.args[0]);
  Object x;
  while (pyrt::next(it, x))
    if (truthy(x)) return kTrue;
  return kFalse;
}

Object b_all(const CallArgs& args) {
  Object it = pyrt::iter(args.args[0]);
  Object x;
  while (pyrt::next(it, x))
    if (!truthy(x)) return kFalse;
  return kTrue;
}

Object round_int(const Object& x, std::int64_t ndigits) {
  if (ndigits >= 0) return x.is_bool() ? Object::from_int(x.as_bool()) : x;
  // Round half to even at 10**-ndigits.
  Object pow10 = int_binop(BinaryOp::Pow, Object::from_int(10), Object::from_int(-ndigits));
  Object q = int_binop(BinaryOp::FloorDiv, x, pow10);
  Object r = int_binop(BinaryOp::Mod, x, pow10);
  Object twice = int_binop(BinaryOp::Mult, r, Object::from_int(2));
  int c = int_compare(twice, pow10);
  bool odd = int_sign(int_binop(BinaryOp::BitAnd, q, Object::from_int(1))) != 0;
  if (c > 0 || (c == 0 && odd)) q = int_binop(BinaryOp::Add, q, Object::from_int(1));
  return int_binop(BinaryOp::Mult, q, pow10);
}

Object b_round(const CallArgs& args) {
  Object a[2];
  parse_args(args, "round", {"number", "ndigits"}, 2, 1, a);
  const Object& x = a[0];
  bool has_nd = !a[1].is_unbound() && !a[1].is_none();
  if (x.is_float()) {
    if (!has_nd) return float_round(x.as_float());
    return float_round_ndigits(x.as_float(), index_value(a[1]));
  }
  if (is_int(x) && !is_scalar_subclass_instance(x)) return round_int(x, has_nd ? index_value(a[1]) : 0);
  Object f = x.type()->lookup(nm::round);
  if (f.is_unbound()) type_error("type " + type_name_text(x) + " doesn't define __round__ method");
  if (has_nd) return detail::call_as_method(f, x, {a[1]});
  return detail::call_as_method(f, x, {});
}

Object b_divmod(const CallArgs& args) {
  const Object& a = args.args[0];
  const Object& b = args.args[1];
  if (detail::is_number(a) && detail::is_number(b)) {
    if (a.is_float() || b.is_float()) {
      double x, y, q, r;
      to_double(a, x);
      to_double(b, y);
      if (y == 0.0) raise_error(exc::ZeroDivisionError, "float divmod()");
      float_divmod(x, y, q, r);
      return tuple_of({Object::from_float(q), Object::from_float(r)});
    }
    if (int_sign(b) == 0) raise_error(exc::ZeroDivisionError, "integer division or modulo by zero");
    return tuple_of({int_binop(BinaryOp::FloorDiv, a, b), int_binop(BinaryOp::Mod, a, b)});
  }
  static const Object dm = intern("__divmod__"), rdm = intern("__rdivmod__");
  Object f = a.type()->lookup(dm);
  if (!f.is_unbound()) {
    Object r = detail::call_as_method(f, a, {b});
    if (!detail::is_not_implemented(r)) return r;
  }
  f = b.type()->lookup(rdm);
  if (!f.is_unbound()) {
    Object r = detail::call_as_method(f, b, {a});
    if (!detail::is_not_implemented(r)) return r;
  }
  type_error("unsupported operand type(s) for divmod(): '" + type_name_text(a) + "' and '" + type_name_text(b) + "'");
}

Object b_pow(const CallArgs& args) {
  Object a[3];
  parse_args(args, "pow", {"base", "exp", "mod"}, 3, 2, a);
  if (a[2].is_unbound() || a[2].is_none()) return binary_op(BinaryOp::Pow, a[0], a[1]);
  // ternary_op tries int's, float's, then complex's nb_power: complex_pow
  // refuses any modulus, but float_pow comes first when both operands are real.
  auto real = [](const Object& x) { return is_int(x) || x.is_float(); };
  bool complex_operand = (is_complex(a[0]) && (real(a[1]) || is_complex(a[1]))) ||
                         (is_complex(a[1]) && real(a[0])) || (is_int(a[0]) && is_int(a[1]) && is_complex(a[2]));
  if (complex_operand) value_error("complex modulo");
  // A subclass's instance first: its __pow__ (a user's, else int's) takes the modulus, as
  // slot_nb_power does; three-argument pow never tries __rpow__.
  if (is_scalar_subclass_instance(a[0])) {
    static const Object pow_name = intern("__pow__");
    Object r = detail::call_as_method(a[0].type()->lookup(pow_name), a[0], {a[1], a[2]});
    if (!detail::is_not_implemented(r)) return r;
  }
  if (!is_int(a[0]) || !is_int(a[1]) || !is_int(a[2])) {
    type_error("pow() 3rd argument not allowed unless all arguments are integers");
  }
  return int_pow_mod(a[0], a[1], a[2]);
}

Object b_chr(const CallArgs& args) {
  if (!is_int(args.args[0])) {
    type_error("'" + type_name_text(args.args[0]) + "' object cannot be interpreted as an integer");
  }
  std::int64_t cp;
  if (!int_to_int64(args.args[0], cp)) raise_error(exc::OverflowError, "Python int too large to convert to C int");
  if (cp < 0 || cp > 0x10FFFF) value_error("chr() arg not in range(0x110000)");
  std::string s;
  utf8_append(s, static_cast<std::uint32_t>(cp));
  return str_from(std::move(s));
}

Object b_ord(const CallArgs& args) {
  const Object& c = args.args[0];
  if (c.type() == types::bytes) {
    const std::string& b = static_cast<BytesObject*>(c.heap())->data;
    if (b.size() != 1) {
      type_error("ord() expected a character, but string of length " + std::to_string(b.size()) + " found");
    }
    return Object::from_int(static_cast<unsigned char>(b[0]));
  }
  if (!is_str(c)) type_error("ord() expected string of length 1, but " + type_name_text(c) + " found");
  auto* s = static_cast<StrObject*>(c.heap());
  if (s->length != 1) {
    type_error("ord() expected a character, but string of length " + std::to_string(s->length) + " found");
  }
  std::size_t i = 0;
  return Object::from_int(utf8_decode(s->data, i));
}

Object int_arg(const Object& x) {
  if (is_int(x)) return x;
  Object f = x.type()->lookup(nm::index);
  if (f.is_unbound()) type_error("'" + type_name_text(x) + "' object cannot be interpreted as an integer");
  return detail::call_as_method(f, x, {});
}

Object base_text(const CallArgs& args, int base, const char* prefix) {
  std::string digits = int_to_base(int_arg(args.args[0]), base);
  if (!digits.empty() && digits[0] == '-') return str_from("-" + std::string(prefix) + digits.substr(1));
  return str_from(prefix + digits);
}

Object b_hex(const CallArgs& args) { return base_text(args, 16, "0x"); }
Object b_bin(const CallArgs& args) { return base_text(args, 2, "0b"); }
Object b_oct(const CallArgs& args) { return base_text(args, 8, "0o"); }

Object b_format(const CallArgs& args) {
  Object spec = args.npos > 1 ? args.args[1] : Object();
  if (!spec.is_unbound() && !is_str(spec)) {
    bad_argument("format", 2, "str", spec);
  }
  return pyrt::format(args.args[0], spec);
}

Object b_callable(const CallArgs& args) {
  return Object::from_bool(is_callable(args.args[0]));
}

// dir() without an argument lists the caller's locals, which the translator lowers where it
// sees the call; through another name the caller's frame is out of reach.
Object b_dir(const CallArgs& args) {
  if (args.npos == 0) {
    raise_error(exc::NotImplementedError, "dir() without an argument, called through another name, is not supported");
  }
  return pyrt::dir(args.args[0]);
}

Object b_vars(const CallArgs& args) {
  Object d = getattr_or_unbound(args.args[0], nm::dict);
  if (d.is_unbound()) type_error("vars() argument must have __dict__ attribute");
  return d;
}

Object b_aiter(const CallArgs& args) {
  return pyrt::aiter(args.args[0]);
}

// anext(it, default): awaits it.__anext__() and turns StopAsyncIteration
// into `default`, as CPython's anext_awaitable does.
Coroutine anext_or_default(Object awaitable, Object fallback) {
  try {
    co_return co_await await_(std::move(awaitable));
  } catch (PyException& e) {
    if (!exception_is(e.value, exc::StopAsyncIteration)) throw;
  }
  co_return fallback;
}

Object b_anext(const CallArgs& args) {
  static const Object anext_name = intern("__anext__");
  Object m = getattr_or_unbound(args.args[0], anext_name);
  if (m.is_unbound()) type_error("'" + type_name_text(args.args[0]) + "' object is not an async iterator");
  if (args.npos == 1) return call(m, {});
  return anext_or_default(call(m, {}), args.args[1]);
}

Object b_print(const CallArgs& args) { return pyrt::print(args); }
Object b_input(const CallArgs& args) { return pyrt::input(args); }

Object super_new(TypeObject*, const CallArgs& args) {
  check_nargs(args, "super", 2, 2);
  return super_(args.args[0], args.args[1]);
}

struct Ellipsis final : HeapObject {
  explicit Ellipsis(TypeObject* t) : HeapObject(t) {}
  Object repr() override { return str_from("Ellipsis"); }
};

// The builtins namespace: name -> value, filled once by init_builtins().
std::unordered_map<std::string_view, Object>& table() {
  static auto* t = new std::unordered_map<std::string_view, Object>();
  return *t;
}

void define(const char* name, Object value) {
  ++value.heap()->refcnt;  // immortal: survives static destruction order
  table()[name] = std::move(value);
}

// The builtin functions with their arity (see NativeFunctionDef).
const NativeFunctionDef builtin_functions[] = {
    {"print", b_print, kOwnArgs, 0},
    {"len", b_len, 1, 1},
    {"sum", b_sum, kOwnArgs, 0},
    {"min", b_min, kOwnArgs, 0},
    {"max", b_max, kOwnArgs, 0},
    {"abs", b_abs, 1, 1},
    {"sorted", b_sorted, kOwnArgs, 0},
    {"repr", b_repr, 1, 1},
    {"ascii", b_ascii, 1, 1},
    {"isinstance", b_isinstance, 2, 2},
    {"issubclass", b_issubclass, 2, 2},
    {"hasattr", b_hasattr, 2, 2},
    {"getattr", b_getattr, 2, 3},
    {"setattr", b_setattr, 3, 3},
    {"delattr", b_delattr, 2, 2},
    {"id", b_id, 1, 1},
    {"hash", b_hash, 1, 1},
    {"iter", b_iter, 1, 2},
    {"next", b_next, 1, 2},
    {"any", b_any, 1, 1},
    {"all", b_all, 1, 1},
    {"round", b_round, kOwnArgs, 0},
    {"divmod", b_divmod, 2, 2},
    {"pow", b_pow, kOwnArgs, 0},
    {"chr", b_chr, 1, 1},
    {"ord", b_ord, 1, 1},
    {"hex", b_hex, 1, 1},
    {"bin", b_bin, 1, 1},
    {"oct", b_oct, 1, 1},
    {"format", b_format, 1, 2},
    {"input", b_input, kOwnArgs, 0},
    {"callable", b_callable, 1, 1},
    {"vars", b_vars, 1, 1},
    {"dir", b_dir, 0, 1},
    {"aiter", b_aiter, 1, 1},
    {"anext", b_anext, 1, 2},
};

}  // namespace

Object builtin_lookup(std::string_view name) {
  auto it = table().find(name);
  return it == table().end() ? Object() : it->second;
}

std::vector<std::string_view> builtin_names() {
  std::vector<std::string_view> names;
  for (const auto& entry : table()) names.push_back(entry.first);
  std::sort(names.begin(), names.end());
  return names;
}

void detail::init_builtins() {
  t_enumerate = make_builtin_type("enumerate", nullptr, "builtins", enumerate_new);
  t_zip = make_builtin_type("zip", nullptr, "builtins", zip_new);
  t_map = make_builtin_type("map", nullptr, "builtins", map_new);
  t_filter = make_builtin_type("filter", nullptr, "builtins", filter_new);
  t_reversed = make_builtin_type("reversed", nullptr, "builtins", reversed_new);
  add_length_hint(t_reversed);
  t_callable_iterator = make_builtin_type("callable_iterator");
  // Their tp_iter and tp_iternext, which collections.abc.Iterator's __subclasshook__ finds in
  // their __dict__s (_check_methods).
  for (TypeObject* t : {t_enumerate, t_zip, t_map, t_filter, t_reversed, t_callable_iterator}) {
    add_slot_wrappers(t, "__iter__ __next__");
  }
  types::super = make_builtin_type("super", nullptr, "builtins", super_new);

  const Object module_name = intern("builtins");
  for (const NativeFunctionDef& f : builtin_functions) define(f.name, make_builtin(f, module_name));
  // builtins.open is io.open itself (Python/pylifecycle.c's init_set_builtins_open).
  define("open", native::io_open_function());

  struct ClassName {
    const char* name;
    TypeObject* type;
  };
  // The builtin classes, exceptions included.
  const ClassName classes[] = {
      {"range", types::range},
      {"reversed", t_reversed},
      {"enumerate", t_enumerate},
      {"zip", t_zip},
      {"map", t_map},
      {"filter", t_filter},
      {"list", types::list},
      {"tuple", types::tuple},
      {"dict", types::dict},
      {"set", types::set},
      {"frozenset", types::frozenset},
      {"str", types::str},
      {"int", types::int_},
      {"float", types::float_},
      {"complex", types::complex_},
      {"bool", types::bool_},
      {"type", types::type},
      {"object", types::object},
      {"super", types::super},
      {"property", types::property},
      {"staticmethod", types::staticmethod},
      {"classmethod", types::classmethod},
      {"slice", types::slice},
      {"bytes", types::bytes},
      {"bytearray", types::bytearray},
      {"memoryview", types::memoryview},
      {"BaseException", exc::BaseException},
      {"BaseExceptionGroup", exc::BaseExceptionGroup},
      {"ExceptionGroup", exc::ExceptionGroup},
      {"Exception", exc::Exception},
      {"GeneratorExit", exc::GeneratorExit},
      {"KeyboardInterrupt", exc::KeyboardInterrupt},
      {"SystemExit", exc::SystemExit},
      {"ArithmeticError", exc::ArithmeticError},
      {"ZeroDivisionError", exc::ZeroDivisionError},
      {"OverflowError", exc::OverflowError},
      {"AssertionError", exc::AssertionError},
      {"AttributeError", exc::AttributeError},
      {"LookupError", exc::LookupError},
      {"IndexError", exc::IndexError},
      {"KeyError", exc::KeyError},
      {"NameError", exc::NameError},
      {"UnboundLocalError", exc::UnboundLocalError},
      {"RuntimeError", exc::RuntimeError},
      {"NotImplementedError", exc::NotImplementedError},
      {"RecursionError", exc::RecursionError},
      {"StopIteration", exc::StopIteration},
      {"StopAsyncIteration", exc::StopAsyncIteration},
      {"TypeError", exc::TypeError},
      {"ValueError", exc::ValueError},
      {"UnicodeError", exc::UnicodeError},
      {"UnicodeEncodeError", exc::UnicodeEncodeError},
      {"UnicodeDecodeError", exc::UnicodeDecodeError},
      {"OSError", exc::OSError},
      {"TimeoutError", exc::TimeoutError},
      {"IOError", exc::OSError},
      {"EnvironmentError", exc::OSError},
      {"BlockingIOError", exc::BlockingIOError},
      {"ChildProcessError", exc::ChildProcessError},
      {"ConnectionError", exc::ConnectionError},
      {"BrokenPipeError", exc::BrokenPipeError},
      {"ConnectionAbortedError", exc::ConnectionAbortedError},
      {"ConnectionRefusedError", exc::ConnectionRefusedError},
      {"ConnectionResetError", exc::ConnectionResetError},
      {"FileExistsError", exc::FileExistsError},
      {"FileNotFoundError", exc::FileNotFoundError},
      {"InterruptedError", exc::InterruptedError},
      {"IsADirectoryError", exc::IsADirectoryError},
      {"NotADirectoryError", exc::NotADirectoryError},
      {"PermissionError", exc::PermissionError},
      {"ProcessLookupError", exc::ProcessLookupError},
      {"ImportError", exc::ImportError},
      {"ModuleNotFoundError", exc::ModuleNotFoundError},
      {"MemoryError", exc::MemoryError},
      {"FloatingPointError", exc::FloatingPointError},
      {"ReferenceError", exc::ReferenceError},
      {"Warning", exc::Warning},
      {"UserWarning", exc::UserWarning},
      {"DeprecationWarning", exc::DeprecationWarning},
      {"PendingDeprecationWarning", exc::PendingDeprecationWarning},
      {"SyntaxWarning", exc::SyntaxWarning},
      {"RuntimeWarning", exc::RuntimeWarning},
      {"FutureWarning", exc::FutureWarning},
      {"ImportWarning", exc::ImportWarning},
      {"UnicodeWarning", exc::UnicodeWarning},
      {"BytesWarning", exc::BytesWarning},
      {"ResourceWarning", exc::ResourceWarning},
      {"EncodingWarning", exc::EncodingWarning},
      {"EOFError", exc::EOFError},
      {"SystemError", exc::SystemError},
      {"BufferError", exc::BufferError},
  };
  for (const ClassName& c : classes) define(c.name, Object(c.type));

  define("NotImplemented", not_implemented());
  define("Ellipsis", make<Ellipsis>(types::ellipsis));
}

}  // namespace pyrt
