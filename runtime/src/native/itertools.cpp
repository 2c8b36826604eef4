// The native module `itertools`. Mirrors Modules/itertoolsmodule.c: every iterator is lazy and
// pulls from its inputs exactly when CPython's does (a predicate or key function with side
// effects runs in CPython's order), constructors check their arguments with Argument Clinic's
// messages, and count and repeat have CPython's reprs.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "../object/internal.h"
#include "native.h"
#include "pyrt/object/import.h"
#include "pyrt/object/builtins.h"
#include "pyrt/object/descriptor.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/list.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

using detail::NativeIterator;

[[noreturn]] void raise_type(std::string message) { raise_error(exc::TypeError, std::move(message)); }
[[noreturn]] void raise_value(std::string message) { raise_error(exc::ValueError, std::move(message)); }

Object optional(const Object& x) { return x.is_unbound() ? Object::none() : x; }

// ---- count, repeat, cycle -------------------------------------------------------------------------

struct Count final : NativeIterator {
  Count(TypeObject* t, Object start, Object step) : NativeIterator(t), value(std::move(start)), step(std::move(step)) {}
  Object value, step;
  bool next(Object& out) override {
    out = value;
    value = add(value, step);
    return true;
  }
  // count_repr: the type's name, and the step only when it is not the int 1 (True is one).
  Object repr() override {
    std::int64_t s;
    bool unit_step = is_int(step) && int_to_int64(step, s) && s == 1;
    std::string text = type->name + "(" + repr_text(value);
    return str_from(text + (unit_step ? ")" : ", " + repr_text(step) + ")"));
  }
};

// PyNumber_Check: an int, float or complex, or anything with __index__, __int__ or __float__.
bool is_number(const Object& x) {
  if (is_int(x) || x.is_float() || x.type() == types::complex_) return true;
  for (const char* name : {"__index__", "__int__", "__float__"}) {
    if (!x.type()->lookup(intern(name)).is_unbound()) return true;
  }
  return false;
}

Object count_new(TypeObject* type, const CallArgs& args) {
  Object a[2];
  parse_args(args, "count", {"start", "step"}, 2, 0, a);
  Object start = a[0].is_unbound() ? Object::from_int(0) : a[0];
  Object step = a[1].is_unbound() ? Object::from_int(1) : a[1];
  if (!is_number(start) || !is_number(step)) raise_type("a number is required");
  return make<Count>(type, start, step);
}

struct Repeat final : NativeIterator {
  Repeat(TypeObject* t, Object value, std::int64_t times) : NativeIterator(t), value(std::move(value)), times(times) {}
  Object value;
  std::int64_t times;  // -1: for ever
  bool next(Object& out) override {
    if (times == 0) return false;
    if (times > 0) --times;
    out = value;
    return true;
  }
  Object repr() override {
    std::string text = "repeat(" + repr_text(value);
    return str_from(times < 0 ? text + ")" : text + ", " + std::to_string(times) + ")");
  }
  std::int64_t length_hint() override {
    if (times < 0) raise_type("len() of unsized object");
    return times;
  }
};

Object repeat_new(TypeObject* type, const CallArgs& args) {
  Object a[2];
  parse_args(args, "repeat", {"object", "times"}, 2, 1, a);
  std::int64_t times = a[1].is_unbound() ? -1 : ssize_value(a[1]);
  return make<Repeat>(type, a[0], !a[1].is_unbound() && times < 0 ? 0 : times);
}

struct Cycle final : NativeIterator {
  Cycle(TypeObject* t, Object it) : NativeIterator(t), it(std::move(it)) {}
  Object it;
  std::vector<Object> saved;
  std::size_t index = 0;
  bool next(Object& out) override {
    if (!it.is_unbound()) {
      if (pyrt::next(it, out)) {
        saved.push_back(out);
        return true;
      }
      it = Object();
    }
    if (saved.empty()) return false;
    out = saved[index];
    index = (index + 1) % saved.size();
    return true;
  }
};

Object cycle_new(TypeObject* type, const CallArgs& args) {
  check_positional(args, "cycle", 1, 1);
  return make<Cycle>(type, iter(args.args[0]));
}

// ---- accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap ---------------------

struct Accumulate final : NativeIterator {
  Accumulate(TypeObject* t, Object it, Object func, Object initial)
      : NativeIterator(t), it(std::move(it)), func(std::move(func)), initial(std::move(initial)) {}
  Object it, func, initial, total;
  bool next(Object& out) override {
    if (!initial.is_unbound()) {
      total = std::move(initial);
      initial = Object();
      out = total;
      return true;
    }
    Object x;
    if (it.is_unbound() || !pyrt::next(it, x)) return false;
    if (total.is_unbound()) {
      total = x;
    } else {
      total = func.is_none() ? add(total, x) : pyrt::call(func, {total, x});
    }
    out = total;
    return true;
  }
};

Object accumulate_new(TypeObject* type, const CallArgs& args) {
  Object a[3];
  parse_args(args, "accumulate", {"iterable", "func", "initial"}, 2, 1, a);
  Object initial = a[2].is_unbound() || a[2].is_none() ? Object() : a[2];
  return make<Accumulate>(type, iter(a[0]), optional(a[1]), initial);
}

struct Chain final : NativeIterator {
  Chain(TypeObject* t, Object sources) : NativeIterator(t), sources(std::move(sources)) {}
  Object sources, current;
  bool next(Object& out) override {
    for (;;) {
      if (current.is_unbound()) {
        Object source;
        if (sources.is_unbound() || !pyrt::next(sources, source)) {
          sources = Object();
          return false;
        }
        current = pyrt::iter(source);
      }
      if (pyrt::next(current, out)) return true;
      current = Object();
    }
  }
};

Object chain_new(TypeObject* type, const CallArgs& args) {
  if (args.nkw != 0) raise_type("chain() takes no keyword arguments");
  return make<Chain>(type, iter(tuple_from_vector(std::vector<Object>(args.args, args.args + args.npos))));
}

// chain.from_iterable(iterable), a class method: (cls, iterable).
Object chain_from_iterable(const CallArgs& args) {
  check_nargs(args, "from_iterable", 2, 2);
  return make<Chain>(static_cast<TypeObject*>(args.args[0].heap()), iter(args.args[1]));
}

struct Compress final : NativeIterator {
  Compress(TypeObject* t, Object data, Object selectors)
      : NativeIterator(t), data(std::move(data)), selectors(std::move(selectors)) {}
  Object data, selectors;
  bool next(Object& out) override {
    for (Object datum, selector;;) {
      if (!pyrt::next(data, datum) || !pyrt::next(selectors, selector)) return false;
      if (pyrt::truthy(selector)) {
        out = std::move(datum);
        return true;
      }
    }
  }
};

Object compress_new(TypeObject* type, const CallArgs& args) {
  Object a[2];
  parse_args(args, "compress", {"data", "selectors"}, 2, 2, a);
  return make<Compress>(type, iter(a[0]), iter(a[1]));
}

// dropwhile, takewhile and filterfalse: a predicate over an iterator.
enum class PredicateKind { DropWhile, TakeWhile, FilterFalse };

struct PredicateIterator final : NativeIterator {
  PredicateIterator(TypeObject* t, PredicateKind kind, Object predicate, Object it)
      : NativeIterator(t), kind(kind), predicate(std::move(predicate)), it(std::move(it)) {}
  PredicateKind kind;
  Object predicate, it;
  bool done = false;  // dropwhile: dropping is over; takewhile: taking is over
  bool test(const Object& x) { return pyrt::truthy(predicate.is_none() ? x : pyrt::call(predicate, {x})); }
  bool next(Object& out) override {
    if (kind == PredicateKind::TakeWhile && done) return false;
    for (Object x; pyrt::next(it, x);) {
      switch (kind) {
        case PredicateKind::DropWhile:
          if (!done && test(x)) continue;
          done = true;
          break;
        case PredicateKind::TakeWhile:
          if (!test(x)) {
            done = true;
            return false;
          }
          break;
        case PredicateKind::FilterFalse:
          if (test(x)) continue;
          break;
      }
      out = std::move(x);
      return true;
    }
    return false;
  }
};

template <PredicateKind kind>
Object predicate_new(TypeObject* type, const CallArgs& args) {
  static const char* const names[] = {"dropwhile", "takewhile", "filterfalse"};
  check_positional(args, names[static_cast<int>(kind)], 2, 2);
  return make<PredicateIterator>(type, kind, args.args[0], iter(args.args[1]));
}

struct Starmap final : NativeIterator {
  Starmap(TypeObject* t, Object func, Object it) : NativeIterator(t), func(std::move(func)), it(std::move(it)) {}
  Object func, it;
  bool next(Object& out) override {
    Object args;
    if (!pyrt::next(it, args)) return false;
    out = call_ex(func, args, Object());  // a non-tuple becomes a tuple first, as PySequence_Tuple
    return true;
  }
};

Object starmap_new(TypeObject* type, const CallArgs& args) {
  check_positional(args, "starmap", 2, 2);
  return make<Starmap>(type, args.args[0], iter(args.args[1]));
}

// ---- islice, pairwise, zip_longest -----------------------------------------------------------------

struct ISlice final : NativeIterator {
  ISlice(TypeObject* t, Object it, std::int64_t next_index, std::int64_t stop, std::int64_t step)
      : NativeIterator(t), it(std::move(it)), next_index(next_index), stop(stop), step(step) {}
  Object it;
  std::int64_t count = 0, next_index, stop, step;  // stop -1: none
  bool next(Object& out) override {
    if (it.is_unbound()) return false;
    Object x;
    for (; count < next_index; ++count) {
      if (!pyrt::next(it, x)) {
        it = Object();
        return false;
      }
    }
    if (stop >= 0 && count >= stop) {
      it = Object();
      return false;
    }
    if (!pyrt::next(it, x)) {
      it = Object();
      return false;
    }
    ++count;
    next_index += step;
    if (stop >= 0 && next_index > stop) next_index = stop;
    out = std::move(x);
    return true;
  }
};

std::int64_t islice_index(const Object& x, std::int64_t fallback, const char* which) {
  if (x.is_none()) return fallback;
  // Any failure to read a Py_ssize_t (not an index, above sys.maxsize) becomes this ValueError.
  std::int64_t v = -1;
  if (is_int(x) || !x.type()->lookup(detail::names::index).is_unbound()) {
    try {
      v = ssize_value(x);
    } catch (const PyException&) {
      v = -1;
    }
  }
  if (v < 0) raise_value(std::string(which) + " for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  return v;
}

Object islice_new(TypeObject* type, const CallArgs& args) {
  check_positional(args, "islice", 2, 4);
  std::int64_t start = 0, stop = -1, step = 1;
  if (args.npos == 2) {
    stop = islice_index(args.args[1], -1, "Stop argument");
  } else {
    start = islice_index(args.args[1], 0, "Indices");
    stop = islice_index(args.args[2], -1, "Stop argument");
    if (args.npos == 4) {
      step = islice_index(args.args[3], 1, "Indices");
      if (step == 0) raise_value("Step for islice() must be a positive integer or None.");
    }
  }
  return make<ISlice>(type, iter(args.args[0]), start, stop, step);
}

struct Pairwise final : NativeIterator {
  Pairwise(TypeObject* t, Object it) : NativeIterator(t), it(std::move(it)) {}
  Object it, previous;
  bool next(Object& out) override {
    if (it.is_unbound()) return false;
    if (previous.is_unbound() && !pyrt::next(it, previous)) {
      it = Object();
      return false;
    }
    Object x;
    if (!pyrt::next(it, x)) {
      it = Object();
      previous = Object();
      return false;
    }
    out = tuple_of({previous, x});
    previous = std::move(x);
    return true;
  }
};

Object pairwise_new(TypeObject* type, const CallArgs& args) {
  check_positional(args, "pairwise", 1, 1);
  return make<Pairwise>(type, iter(args.args[0]));
}

struct ZipLongest final : NativeIterator {
  ZipLongest(TypeObject* t, std::vector<Object> its, Object fill)
      : NativeIterator(t), its(std::move(its)), fill(std::move(fill)), active(this->its.size()) {}
  std::vector<Object> its;  // an exhausted iterator is unbound
  Object fill;
  std::size_t active;
  bool next(Object& out) override {
    if (its.empty() || active == 0) return false;
    std::vector<Object> items;
    for (Object& it : its) {
      Object x;
      if (!it.is_unbound() && pyrt::next(it, x)) {
        items.push_back(std::move(x));
        continue;
      }
      if (!it.is_unbound()) {
        it = Object();
        if (--active == 0) return false;
      }
      items.push_back(fill);
    }
    out = tuple_from_vector(std::move(items));
    return true;
  }
};

Object zip_longest_new(TypeObject* type, const CallArgs& args) {
  Object fill = Object::none();
  for (std::size_t k = 0; k < args.nkw; ++k) {
    if (str_view(args.kwnames[k]) != "fillvalue") raise_type("zip_longest() got an unexpected keyword argument");
    fill = args.args[args.npos + k];
  }
  std::vector<Object> its;
  for (std::size_t i = 0; i < args.npos; ++i) its.push_back(iter(args.args[i]));
  return make<ZipLongest>(type, std::move(its), fill);
}

// ---- groupby ----------------------------------------------------------------------------------------

TypeObject* t_grouper;

// groupby keeps the current item and its key; each _grouper yields while the key stays its
// own, and stops for good once groupby has moved past it. Mirrors groupbyobject/_grouperobject.
struct GroupBy final : NativeIterator {
  GroupBy(TypeObject* t, Object it, Object key) : NativeIterator(t), it(std::move(it)), key(std::move(key)) {}
  Object it, key;
  Object current_value, current_key, target_key;
  // The last _grouper made, so an older one knows it is stale: borrowed, as CPython's
  // currgrouper, since the grouper holds its groupby.
  const HeapObject* current_grouper = nullptr;

  bool step() {
    Object x;
    if (!pyrt::next(it, x)) return false;
    current_key = key.is_none() ? x : pyrt::call(key, {x});
    current_value = std::move(x);
    return true;
  }
  bool next(Object& out) override;
};

struct Grouper final : NativeIterator {
  Grouper(Object parent, Object target) : NativeIterator(t_grouper), parent(std::move(parent)), target(std::move(target)) {}
  Object parent, target;
  bool next(Object& out) override {
    auto* g = static_cast<GroupBy*>(parent.heap());
    if (g->current_grouper != this) return false;
    if (g->current_value.is_unbound() && !g->step()) return false;
    if (!equal(target, g->current_key)) return false;
    out = std::move(g->current_value);
    g->current_value = Object();
    return true;
  }
};

bool GroupBy::next(Object& out) {
  current_grouper = nullptr;
  // Skip to the first item whose key differs from the group just handed out.
  for (;;) {
    if (current_value.is_unbound() && !step()) return false;
    if (target_key.is_unbound() || !equal(target_key, current_key)) break;
    current_value = Object();
  }
  target_key = current_key;
  Object grouper = make<Grouper>(Object(this), target_key);
  current_grouper = grouper.heap();
  out = tuple_of({target_key, grouper});
  return true;
}

Object groupby_new(TypeObject* type, const CallArgs& args) {
  Object a[2];
  parse_args(args, "groupby", {"iterable", "key"}, 2, 1, a);
  return make<GroupBy>(type, iter(a[0]), optional(a[1]));
}

// ---- product, permutations, combinations --------------------------------------------------------

// Index-vector iterators over a pool read in full when made, as CPython's read tuple(pool).
struct IndexIterator : NativeIterator {
  IndexIterator(TypeObject* t, std::vector<Object> pool) : NativeIterator(t), pool(std::move(pool)) {}
  std::vector<Object> pool;
  std::vector<std::size_t> indices;
  bool started = false, done = false;
  virtual bool advance() = 0;  // the next index vector; false when there is none
  virtual Object result() {
    std::vector<Object> t;
    for (std::size_t i : indices) t.push_back(pool[i]);
    return tuple_from_vector(std::move(t));
  }
  bool next(Object& out) override {
    if (done) return false;
    if (started && !advance()) {
      done = true;
      return false;
    }
    started = true;
    out = result();
    return true;
  }
};

struct Product final : IndexIterator {
  Product(TypeObject* t, std::vector<std::vector<Object>> pools) : IndexIterator(t, {}), pools(std::move(pools)) {
    indices.assign(this->pools.size(), 0);
    for (const auto& p : this->pools) done = done || p.empty();
  }
  std::vector<std::vector<Object>> pools;
  bool advance() override {
    for (std::size_t i = pools.size(); i-- > 0;) {
      if (++indices[i] < pools[i].size()) return true;
      indices[i] = 0;
    }
    return false;
  }
  Object result() override {
    std::vector<Object> t;
    for (std::size_t i = 0; i < pools.size(); ++i) t.push_back(pools[i][indices[i]]);
    return tuple_from_vector(std::move(t));
  }
};

Object product_new(TypeObject* type, const CallArgs& args) {
  std::int64_t repeat = 1;
  for (std::size_t k = 0; k < args.nkw; ++k) {
    if (str_view(args.kwnames[k]) != "repeat") {
      raise_type("product() got an unexpected keyword argument '" + std::string(str_view(args.kwnames[k])) + "'");
    }
    repeat = ssize_value(args.args[args.npos + k]);
    if (repeat < 0) raise_value("repeat argument cannot be negative");
  }
  std::vector<std::vector<Object>> once;
  for (std::size_t i = 0; i < args.npos; ++i) once.push_back(list_items(list_from_iterable(args.args[i])));
  std::vector<std::vector<Object>> pools;
  for (std::int64_t r = 0; r < repeat; ++r) pools.insert(pools.end(), once.begin(), once.end());
  return make<Product>(type, std::move(pools));
}

std::vector<Object> pool_of(const Object& iterable) { return list_items(list_from_iterable(iterable)); }

std::size_t r_argument(const Object& r) {
  std::int64_t v = ssize_value(r);
  if (v < 0) raise_value("r must be non-negative");
  return static_cast<std::size_t>(v);
}

struct Combinations final : IndexIterator {
  Combinations(TypeObject* t, std::vector<Object> pool, std::size_t r, bool replacement)
      : IndexIterator(t, std::move(pool)), replacement(replacement) {
    indices.assign(r, 0);
    if (!replacement) {
      for (std::size_t i = 0; i < r; ++i) indices[i] = i;
      done = r > this->pool.size();
    } else {
      done = this->pool.empty() && r > 0;
    }
  }
  bool replacement;
  bool advance() override {
    std::size_t n = pool.size(), r = indices.size();
    std::size_t i = r;
    while (i-- > 0) {
      std::size_t limit = replacement ? n - 1 : i + n - r;
      if (indices[i] != limit) break;
      if (i == 0) return false;
    }
    if (r == 0) return false;
    ++indices[i];
    for (std::size_t j = i + 1; j < r; ++j) indices[j] = replacement ? indices[i] : indices[j - 1] + 1;
    return true;
  }
};

template <bool replacement>
Object combinations_new(TypeObject* type, const CallArgs& args) {
  Object a[2];
  parse_args(args, replacement ? "combinations_with_replacement" : "combinations", {"iterable", "r"}, 2, 2, a);
  return make<Combinations>(type, pool_of(a[0]), r_argument(a[1]), replacement);
}

// The permutations of r of the pool's n items in lexicographic index order, by the cycles
// algorithm CPython uses.
struct Permutations final : IndexIterator {
  Permutations(TypeObject* t, std::vector<Object> pool, std::size_t r) : IndexIterator(t, std::move(pool)), r(r) {
    std::size_t n = this->pool.size();
    for (std::size_t i = 0; i < n; ++i) indices.push_back(i);
    for (std::size_t i = 0; i < r && r <= n; ++i) cycles.push_back(n - i);
    done = r > n;
  }
  std::size_t r;
  std::vector<std::size_t> cycles;
  Object result() override {
    std::vector<Object> t;
    for (std::size_t i = 0; i < r; ++i) t.push_back(pool[indices[i]]);
    return tuple_from_vector(std::move(t));
  }
  bool advance() override {
    std::size_t n = pool.size();
    for (std::size_t i = r; i-- > 0;) {
      if (--cycles[i] == 0) {
        std::size_t first = indices[i];
        indices.erase(indices.begin() + static_cast<std::ptrdiff_t>(i));
        indices.push_back(first);
        cycles[i] = n - i;
      } else {
        std::swap(indices[i], indices[n - cycles[i]]);
        return true;
      }
    }
    return false;
  }
};

Object permutations_new(TypeObject* type, const CallArgs& args) {
  Object a[2];
  parse_args(args, "permutations", {"iterable", "r"}, 2, 1, a);
  std::vector<Object> pool = pool_of(a[0]);
  std::size_t r = a[1].is_unbound() || a[1].is_none() ? pool.size() : r_argument(a[1]);
  return make<Permutations>(type, std::move(pool), r);
}

// ---- tee ---------------------------------------------------------------------------------------------

TypeObject* t_tee;

struct Tee;

// The values the shared iterator has produced that some tee has not read yet; each tee keeps
// its position in the whole stream. Values every tee has passed are dropped, as CPython frees
// its consumed data objects.
struct TeeBuffer final : HeapObject {
  explicit TeeBuffer(Object it) : HeapObject(types::object), it(std::move(it)) {}
  Object it;
  std::vector<Object> values;  // values[0] is item number `first`
  std::int64_t first = 0;
  std::vector<const Tee*> readers;
  void trim();
};

struct Tee final : NativeIterator {
  Tee(Object buffer, std::int64_t position) : NativeIterator(t_tee), buffer(std::move(buffer)), position(position) {
    as_buffer()->readers.push_back(this);
  }
  ~Tee() override {
    auto& readers = as_buffer()->readers;
    readers.erase(std::find(readers.begin(), readers.end(), this));
  }
  Object buffer;
  std::int64_t position;
  TeeBuffer* as_buffer() const { return static_cast<TeeBuffer*>(buffer.heap()); }
  bool next(Object& out) override {
    TeeBuffer* b = as_buffer();
    if (position - b->first == static_cast<std::int64_t>(b->values.size())) {
      Object x;
      if (!pyrt::next(b->it, x)) return false;
      b->values.push_back(std::move(x));
    }
    out = b->values[static_cast<std::size_t>(position - b->first)];
    ++position;
    b->trim();
    return true;
  }
};

void TeeBuffer::trim() {
  std::int64_t slowest = first + static_cast<std::int64_t>(values.size());
  for (const Tee* t : readers) slowest = std::min(slowest, t->position);
  auto passed = static_cast<std::size_t>(slowest - first);
  // In batches, so that reading stays amortized O(1) per value.
  if (passed < 64 || passed * 2 < values.size()) return;
  values.erase(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(passed));
  first = slowest;
}

Object tee_copy(const Object& self, const CallArgs&) {
  auto* t = static_cast<Tee*>(self.heap());
  return make<Tee>(t->buffer, t->position);
}

Object tee(const CallArgs& args) {
  check_positional(args, "tee", 1, 2);
  std::int64_t n = args.npos > 1 ? ssize_value(args.args[1]) : 2;
  if (n < 0) raise_value("n must be >= 0");
  if (n == 0) return tuple_of({});
  // An iterator that can copy itself (a tee among them) is used as it is, as CPython's tee does.
  Object it = iter(args.args[0]);
  static const Object copy_name = intern("__copy__");
  std::vector<Object> tees;
  tees.push_back(getattr_or_unbound(it, copy_name).is_unbound() ? make<Tee>(Object(new TeeBuffer(it)), 0) : it);
  for (std::int64_t i = 1; i < n; ++i) tees.push_back(call_method(tees.back(), copy_name, {}));
  return tuple_from_vector(std::move(tees));
}

TypeObject* itertools_type(const char* name, NativeNew new_fn) {
  TypeObject* t = make_builtin_type(name, nullptr, "itertools", new_fn);
  t->tp_name = std::string("itertools.") + name;
  add_slot_wrappers(t, "__iter__ __next__");
  return t;
}

}  // namespace

Object native::make_itertools_module() {
  Object m = new_module("itertools");
  struct Row {
    const char* name;
    NativeNew new_fn;
    TypeObject** keep = nullptr;  // the types made here that need more than a constructor
  };
  static TypeObject* chain = nullptr;
  static TypeObject* repeat = nullptr;
  static const Row rows[] = {
      {"accumulate", accumulate_new},
      {"chain", chain_new, &chain},
      {"combinations", combinations_new<false>},
      {"combinations_with_replacement", combinations_new<true>},
      {"compress", compress_new},
      {"count", count_new},
      {"cycle", cycle_new},
      {"dropwhile", predicate_new<PredicateKind::DropWhile>},
      {"filterfalse", predicate_new<PredicateKind::FilterFalse>},
      {"groupby", groupby_new},
      {"islice", islice_new},
      {"pairwise", pairwise_new},
      {"permutations", permutations_new},
      {"product", product_new},
      {"repeat", repeat_new, &repeat},
      {"starmap", starmap_new},
      {"takewhile", predicate_new<PredicateKind::TakeWhile>},
      {"zip_longest", zip_longest_new},
  };
  static TypeObject* types[std::size(rows)];
  if (types[0] == nullptr) {
    for (std::size_t i = 0; i < std::size(rows); ++i) {
      types[i] = itertools_type(rows[i].name, rows[i].new_fn);
      if (rows[i].keep != nullptr) *rows[i].keep = types[i];
    }
    dict_set(chain->dict, intern("from_iterable"),
             make<ClassMethodObject>(make_builtin("from_iterable", chain_from_iterable)));
    detail::add_length_hint(repeat);
    // The helper types are final in CPython; the others are base types there, which pyrt
    // cannot subclass yet (pyrt-dump-names tells the translator).
    t_grouper = itertools_type("_grouper", nullptr);
    t_grouper->is_final_in_cpython = true;
    t_tee = itertools_type("_tee", nullptr);
    t_tee->is_final_in_cpython = true;
    add_method(t_tee, "__copy__", tee_copy);
  }
  for (std::size_t i = 0; i < std::size(rows); ++i) module_add(m, rows[i].name, Object(types[i]));
  module_add(m, "_grouper", Object(t_grouper));
  module_add(m, "_tee", Object(t_tee));
  static const NativeFunctionDef functions[] = {{"tee", tee, kOwnArgs, 0}};
  module_add_functions(m, functions);
  return m;
}

}  // namespace pyrt

void pystd_9itertools::register_module() { pyrt::register_module("itertools", pyrt::native::make_itertools_module); }
