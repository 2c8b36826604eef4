// The native module `_heapq`, which heapq.py (translated from CPython's Lib) imports over its
// pure-Python definitions. Mirrors Modules/_heapqmodule.c: the same sift loops, so the same
// comparisons run in the same order (a heap of equal keys ends in CPython's arrangement), and
// the same errors.
#include <cstdint>
#include <string>
#include <vector>

#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/list.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "native.h"
#include "pyrt/object/import.h"

namespace pyrt {

namespace {

using Sift = void (*)(const Object& heap, std::int64_t pos);

// Clinic's check of a `list` parameter: "heappush() argument 1 must be list, not None", or
// "argument must be" for a function of one parameter.
const Object& heap_argument(const CallArgs& args, const char* fname, bool only_argument) {
  const Object& heap = args.args[0];
  if (is_list_or_subclass(heap)) return heap;
  bad_argument(fname, only_argument ? 0 : 1, "list", heap);
}

std::int64_t size_of(const Object& heap) { return static_cast<std::int64_t>(list_items(heap).size()); }

// `a < b` (`b < a` for the max-heap variants), with CPython's check that the comparison left
// the list's size alone: a comparison may run any code.
bool less(const Object& heap, std::int64_t size, const Object& a, const Object& b) {
  bool result = compare_bool(CmpOp::Lt, a, b);
  if (size != size_of(heap)) raise_error(exc::RuntimeError, "list changed size during iteration");
  return result;
}

// The item at `pos` moves up towards `startpos` past every parent it is less than (`greater`:
// greater than). Mirrors siftdown / siftdown_max.
template <bool greater>
void sift_down(const Object& heap, std::int64_t startpos, std::int64_t pos) {
  std::int64_t size = size_of(heap);
  if (pos >= size) raise_error(exc::IndexError, "index out of range");
  while (pos > startpos) {
    std::int64_t parentpos = (pos - 1) >> 1;
    Object newitem = list_items(heap)[static_cast<std::size_t>(pos)];
    Object parent = list_items(heap)[static_cast<std::size_t>(parentpos)];
    if (!(greater ? less(heap, size, parent, newitem) : less(heap, size, newitem, parent))) break;
    std::vector<Object>& items = list_items(heap);
    std::swap(items[static_cast<std::size_t>(parentpos)], items[static_cast<std::size_t>(pos)]);
    pos = parentpos;
  }
}

// The item at `pos` goes down to a leaf along the smaller children, then back up to its
// place. Mirrors siftup / siftup_max.
template <bool greater>
void sift_up(const Object& heap, std::int64_t pos) {
  std::int64_t endpos = size_of(heap);
  std::int64_t startpos = pos;
  if (pos >= endpos) raise_error(exc::IndexError, "index out of range");
  std::int64_t limit = endpos >> 1;  // the first position without a child
  while (pos < limit) {
    std::int64_t childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      Object a = list_items(heap)[static_cast<std::size_t>(childpos)];
      Object b = list_items(heap)[static_cast<std::size_t>(childpos + 1)];
      bool left_first = greater ? less(heap, endpos, b, a) : less(heap, endpos, a, b);
      if (!left_first) ++childpos;
    }
    std::vector<Object>& items = list_items(heap);
    std::swap(items[static_cast<std::size_t>(childpos)], items[static_cast<std::size_t>(pos)]);
    pos = childpos;
  }
  sift_down<greater>(heap, startpos, pos);
}

Object heappush(const CallArgs& args) {
  const Object& heap = heap_argument(args, "heappush", false);
  list_append(heap, args.args[1]);
  sift_down<false>(heap, 0, size_of(heap) - 1);
  return Object::none();
}

Object pop_top(const Object& heap, Sift sift) {
  std::vector<Object>& items = list_items(heap);
  if (items.empty()) raise_error(exc::IndexError, "index out of range");
  Object last = std::move(items.back());
  items.pop_back();
  if (items.empty()) return last;
  Object top = std::exchange(items.front(), std::move(last));
  sift(heap, 0);
  return top;
}

Object replace_top(const Object& heap, const Object& item, Sift sift) {
  std::vector<Object>& items = list_items(heap);
  if (items.empty()) raise_error(exc::IndexError, "index out of range");
  Object top = std::exchange(items.front(), item);
  sift(heap, 0);
  return top;
}

Object heappop(const CallArgs& args) { return pop_top(heap_argument(args, "heappop", true), sift_up<false>); }

Object heapreplace(const CallArgs& args) {
  return replace_top(heap_argument(args, "heapreplace", false), args.args[1], sift_up<false>);
}

Object heappushpop(const CallArgs& args) {
  const Object& heap = heap_argument(args, "heappushpop", false);
  const Object& item = args.args[1];
  if (list_items(heap).empty()) return item;
  Object top = list_items(heap).front();
  if (!compare_bool(CmpOp::Lt, top, item)) return item;
  return replace_top(heap, item, sift_up<false>);
}

// The highest power of two not above n (n >= 1).
std::int64_t keep_top_bit(std::int64_t n) {
  int shift = 0;
  for (; n > 1; n >>= 1) ++shift;
  return n << shift;
}

// Sifts `i`, then its ancestors while `i` is a left child: the order cache_friendly_heapify
// visits a row in.
void sift_row_ancestors(const Object& heap, std::int64_t i, Sift sift) {
  for (std::int64_t j = i;; j >>= 1) {
    sift(heap, j);
    if ((j & 1) == 0) return;
  }
}

// Heaps of more than 2500 items are built row by row to stay in cache; the comparisons (and
// so the final arrangement of equal keys) differ from the simple loop. Mirrors
// cache_friendly_heapify.
void cache_friendly_heapify(const Object& heap, Sift sift) {
  std::int64_t m = size_of(heap) >> 1;
  std::int64_t leftmost = keep_top_bit(m + 1) - 1;
  std::int64_t mhalf = m >> 1;
  for (std::int64_t i = leftmost - 1; i >= mhalf; --i) sift_row_ancestors(heap, i, sift);
  for (std::int64_t i = m - 1; i >= leftmost; --i) sift_row_ancestors(heap, i, sift);
}

void heapify_with(const Object& heap, Sift sift, bool cache_friendly) {
  std::int64_t n = size_of(heap);
  if (cache_friendly && n > 2500) return cache_friendly_heapify(heap, sift);
  for (std::int64_t i = (n >> 1) - 1; i >= 0; --i) sift(heap, i);
}

Object heapify(const CallArgs& args) {
  heapify_with(heap_argument(args, "heapify", true), sift_up<false>, true);
  return Object::none();
}

Object heappop_max(const CallArgs& args) { return pop_top(heap_argument(args, "_heappop_max", true), sift_up<true>); }

Object heapreplace_max(const CallArgs& args) {
  return replace_top(heap_argument(args, "_heapreplace_max", false), args.args[1], sift_up<true>);
}

Object heapify_max(const CallArgs& args) {
  heapify_with(heap_argument(args, "_heapify_max", true), sift_up<true>, false);
  return Object::none();
}

}  // namespace

Object native::make_heapq_module() {
  Object m = new_module("_heapq");
  static const NativeFunctionDef functions[] = {
      {"heappush", heappush, 2, 2},
      {"heappop", heappop, 1, 1},
      {"heapreplace", heapreplace, 2, 2},
      {"heappushpop", heappushpop, 2, 2},
      {"heapify", heapify, 1, 1},
      {"_heappop_max", heappop_max, 1, 1},
      {"_heapreplace_max", heapreplace_max, 2, 2},
      {"_heapify_max", heapify_max, 1, 1},
  };
  module_add_functions(m, functions);
  return m;
}

}  // namespace pyrt

void pystd_6_heapq::register_module() { pyrt::register_module("_heapq", pyrt::native::make_heapq_module); }
