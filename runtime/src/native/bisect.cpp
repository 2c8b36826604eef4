// The native module `_bisect`, which bisect.py (translated from CPython's Lib) imports over its
// pure-Python definitions. Mirrors Modules/_bisectmodule.c: the same probes in the same order,
// argument parsing by Argument Clinic's rules, and the same errors.
#include <cstdint>

#include "native.h"
#include "pyrt/object/import.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/list.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/str.h"

namespace pyrt {

namespace {

// The parameters every function shares: (a, x, lo=0, hi=None, *, key=None).
struct BisectArgs {
  Object a, x;
  std::int64_t lo = 0;
  std::int64_t hi = -1;  // None, and any negative hi, means len(a)
  Object key;
};

BisectArgs parse_bisect_args(const CallArgs& args, const char* fname) {
  Object out[5];
  parse_args(args, fname, {"a", "x", "lo", "hi", "key"}, 4, 2, out);
  BisectArgs parsed;
  parsed.a = out[0];
  parsed.x = out[1];
  if (!out[2].is_unbound()) parsed.lo = ssize_value(out[2]);
  if (!out[3].is_unbound() && !out[3].is_none()) parsed.hi = ssize_value(out[3]);
  if (!out[4].is_unbound()) parsed.key = out[4];
  return parsed;
}

bool has_key(const Object& key) { return !key.is_unbound() && !key.is_none(); }

// The insertion point of `item` in a[lo:hi], left or right of equal items. `item` is already
// the key of the value to insert. Mirrors internal_bisect_left / internal_bisect_right.
template <bool right>
std::int64_t bisect_index(const BisectArgs& b, const Object& item) {
  std::int64_t lo = b.lo, hi = b.hi;
  if (lo < 0) raise_error(exc::ValueError, "lo must be non-negative");
  if (hi == -1) hi = len(b.a);
  while (lo < hi) {
    // Unsigned, as CPython computes it, so that lo + hi cannot overflow.
    auto mid = static_cast<std::int64_t>((static_cast<std::uint64_t>(lo) + static_cast<std::uint64_t>(hi)) / 2);
    Object probe = getitem(b.a, Object::from_int(mid));
    if (has_key(b.key)) probe = call(b.key, {probe});
    bool go_left = right ? compare_bool(CmpOp::Lt, item, probe) : !compare_bool(CmpOp::Lt, probe, item);
    if (go_left) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return lo;
}

template <bool right>
Object bisect(const CallArgs& args) {
  BisectArgs b = parse_bisect_args(args, right ? "bisect_right" : "bisect_left");
  return Object::from_int(bisect_index<right>(b, b.x));
}

// Inserts x at its bisection point: list.insert for an exact list, else the sequence's own
// insert method (a deque, a list subclass overriding it).
template <bool right>
Object insort(const CallArgs& args) {
  BisectArgs b = parse_bisect_args(args, right ? "insort_right" : "insort_left");
  Object item = has_key(b.key) ? call(b.key, {b.x}) : b.x;
  Object index = Object::from_int(bisect_index<right>(b, item));
  static const Object insert = intern("insert");
  call_method(b.a, insert, {index, b.x});
  return Object::none();
}

}  // namespace

Object native::make_bisect_module() {
  Object m = new_module("_bisect");
  static const NativeFunctionDef functions[] = {
      {"bisect_right", bisect<true>, kOwnArgs, 0},
      {"insort_right", insort<true>, kOwnArgs, 0},
      {"bisect_left", bisect<false>, kOwnArgs, 0},
      {"insort_left", insort<false>, kOwnArgs, 0},
  };
  module_add_functions(m, functions);
  return m;
}

}  // namespace pyrt

void pystd_7_bisect::register_module() { pyrt::register_module("_bisect", pyrt::native::make_bisect_module); }
