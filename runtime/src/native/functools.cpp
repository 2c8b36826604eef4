// _functools: partial, reduce, cmp_to_key and the C cache behind functools.lru_cache. Mirrors
// CPython 3.11's Modules/_functoolsmodule.c: partial flattens a partial of a partial that has
// no __dict__, cmp_to_key's KeyWrapper compares through mycmp, and _lru_cache_wrapper keeps
// its hits, misses and recency exactly as bounded_lru_cache_wrapper does.
#include <string>
#include <vector>

#include "../object/internal.h"
#include "../object/native_subclass.h"
#include "native.h"
#include "pyrt/object/import.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"
#include "pyrt/object/typing.h"

namespace pyrt {

namespace {

TypeObject* partial_type();

// The instance __dict__ of partial and the lru cache (PyObject_GenericGetDict, made on first
// use), and what it holds: unbound when `name` is in neither.
Object dict_getattr(Object& dict, const Object& name) {
  if (name.is(detail::names::dict)) {
    if (dict.is_unbound()) dict = new_dict();
    return dict;
  }
  return dict.is_unbound() ? Object() : dict_get(dict, name);
}

// A store into that __dict__ (`value` unbound: a delete, AttributeError when missing).
void dict_setattr(Object& dict, const Object& name, const Object& value, TypeObject* type) {
  if (dict.is_unbound()) dict = new_dict();
  if (!value.is_unbound()) {
    dict_set(dict, name, value);
    return;
  }
  if (!dict_del(dict, name)) {
    detail::attribute_error("'" + type->message_name() + "' object has no attribute '" + str_text(name) + "'");
  }
}

// ---- partial ------------------------------------------------------------------------------

/// functools.partial: `fn` with `args` prepended and `kw` (a dict) merged under the call's own
/// keywords. Subclasses are NativeSubclass<PartialObject>, whose __dict__ is their own.
struct PartialObject : HeapObject {
  explicit PartialObject(TypeObject* t) : HeapObject(t) {}
  Object fn;
  Object args;  // tuple
  Object kw;    // dict
  Object dict;  // __dict__ of a plain partial, made on first use

  Object* instance_dict() override { return &dict; }

  Object call(const CallArgs& a) override {
    const std::vector<Object>& bound = tuple_items(args);
    std::vector<Object> all(bound);
    all.insert(all.end(), a.args, a.args + a.npos);
    std::size_t npos = all.size();
    std::vector<Object> names;
    auto add_keyword = [&](const Object& key, const Object& value) {
      for (std::size_t i = 0; i < names.size(); ++i) {
        if (equal(names[i], key)) {
          all[npos + i] = value;
          return;
        }
      }
      names.push_back(key);
      all.push_back(value);
    };
    for (const auto& e : as_dict(kw)->entries) {
      if (!e.key.is_unbound()) add_keyword(e.key, e.value);
    }
    for (std::size_t k = 0; k < a.nkw; ++k) add_keyword(a.kwnames[k], a.args[a.npos + k]);
    return call_args(fn, CallArgs{all.data(), npos, names.size(), names.data()});
  }

  // partial_repr: tp_name, then the function, the arguments and key=value for the keywords;
  // "..." for a partial met again inside its own repr.
  Object repr() override {
    detail::ReprGuard guard(this);
    if (!guard.entered) return str_from("...");
    std::string out = type->message_name() + "(" + repr_text(fn);
    for (const Object& x : tuple_items(args)) out += ", " + repr_text(x);
    for (const auto& e : as_dict(kw)->entries) {
      if (!e.key.is_unbound()) out += ", " + str_text(e.key) + "=" + repr_text(e.value);
    }
    return str_from(out + ")");
  }

  Object getattr(const Object& name) override {
    std::string_view n = str_view(name);
    if (n == "func") return fn;
    if (n == "args") return args;
    if (n == "keywords") return kw;
    Object v = dict_getattr(dict, name);
    return v.is_unbound() ? HeapObject::getattr(name) : v;
  }

  void setattr(const Object& name, const Object& value) override {
    std::string_view n = str_view(name);
    if (n == "func" || n == "args" || n == "keywords") detail::attribute_error("readonly attribute");
    if (name.is(detail::names::dict)) {
      if (value.is_unbound()) detail::type_error("cannot delete __dict__");
      if (!is_dict_or_subclass(value)) detail::type_error("__dict__ must be set to a dictionary, not a '" + type_name_text(value) + "'");
      dict = value;
      return;
    }
    dict_setattr(dict, name, value, type);
  }
};

PartialObject* as_partial(const Object& x) { return static_cast<PartialObject*>(x.heap()); }

bool is_partial(const Object& x) { return x.is_heap() && x.type()->is_subtype(partial_type()); }

// partial_new: a partial of a partial without a __dict__ takes over its function, arguments
// and keywords (any subclass: CPython tests tp_call, which subclasses inherit).
Object partial_new(TypeObject* type, const CallArgs& a) {
  if (a.npos < 1) detail::type_error("type 'partial' takes at least one argument");
  Object fn = a.args[0];
  std::vector<Object> args;
  Object kw = new_dict();
  if (is_partial(fn)) {
    Object* d = fn.heap()->instance_dict();
    if (d == nullptr || d->is_unbound()) {
      PartialObject* inner = as_partial(fn);
      args = tuple_items(inner->args);
      dict_update_from(kw, inner->kw);
      fn = inner->fn;
    }
  }
  if (!is_callable(fn)) detail::type_error("the first argument must be callable");
  args.insert(args.end(), a.args + 1, a.args + a.npos);
  for (std::size_t k = 0; k < a.nkw; ++k) dict_set(kw, a.kwnames[k], a.args[a.npos + k]);
  Object out = type == partial_type() ? Object(new PartialObject(type)) : detail::new_native_subclass<PartialObject>(type);
  PartialObject* p = as_partial(out);
  p->fn = fn;
  p->args = tuple_from_vector(std::move(args));
  p->kw = kw;
  return out;
}

// partial_reduce: (type(self), (fn,), (fn, args, kw or None, dict or None)).
Object partial_reduce(const Object& self, const CallArgs&) {
  PartialObject* p = as_partial(self);
  Object* d = self.heap()->instance_dict();
  Object dict = d == nullptr || d->is_unbound() ? Object::none() : *d;
  Object kw = len(p->kw) == 0 ? Object::none() : p->kw;
  return tuple_of({Object(self.type()), tuple_of({p->fn}), tuple_of({p->fn, p->args, kw, dict})});
}

// partial_setstate: a 4-tuple (fn, args, kw, dict), checked as CPython checks it.
Object partial_setstate(const Object& self, const CallArgs& a) {
  const Object& state = a.args[0];
  if (!is_tuple(state)) detail::type_error("argument to __setstate__ must be a tuple");
  const std::vector<Object>& s = tuple_items(state);
  if (s.size() != 4) {
    detail::type_error("expected 4 items in state, got " + std::to_string(s.size()));
  }
  if (!is_callable(s[0]) || !is_tuple(s[1]) || (!s[2].is_none() && !is_dict_or_subclass(s[2]))) {
    detail::type_error("invalid partial state");
  }
  PartialObject* p = as_partial(self);
  p->fn = s[0];
  p->args = s[1].type() == types::tuple ? s[1] : tuple_from_vector(tuple_items(s[1]));
  p->kw = new_dict();
  if (!s[2].is_none()) dict_update_from(p->kw, s[2]);
  Object* d = self.heap()->instance_dict();
  if (d != nullptr) *d = s[3].is_none() ? Object() : s[3];
  return Object::none();
}

Object class_getitem(const Object& cls, const CallArgs& a) { return make_generic_alias(cls, a.args[0]); }

const NativeMethodDef partial_methods[] = {
    {"__reduce__", partial_reduce, 0, 0},
    {"__setstate__", partial_setstate, 1, 1},
    {"__class_getitem__", class_getitem, 1, 1, MethodKind::Class},
};

TypeObject* partial_type() {
  static TypeObject* const t = [] {
    TypeObject* type = make_builtin_type("partial", nullptr, "functools", partial_new, true);
    type->tp_name = "functools.partial";
    // partial.__call__, which callable() and a partial of a partial look for.
    add_slot_wrappers(type, "__call__");
    add_methods(type, partial_methods);
    return type;
  }();
  return t;
}

// ---- reduce -------------------------------------------------------------------------------

// functools_reduce: METH_VARARGS with PyArg_UnpackTuple, so its errors name it bare.
Object reduce(const CallArgs& a) {
  check_nargs(a, "reduce", 2, 3);
  Object it;
  try {
    it = iter(a.args[1]);
  } catch (PyException& e) {
    if (!exception_is(e.value, exc::TypeError)) throw;
    detail::type_error("reduce() arg 2 must support iteration");
  }
  Object acc = a.npos == 3 ? a.args[2] : Object();
  Object x;
  while (next(it, x)) acc = acc.is_unbound() ? x : call(a.args[0], {acc, x});
  if (acc.is_unbound()) detail::type_error("reduce() of empty iterable with no initial value");
  return acc;
}

// ---- cmp_to_key ---------------------------------------------------------------------------

TypeObject* key_wrapper_type();

/// functools.KeyWrapper: cmp_to_key's result (no `obj`), which called with an object makes a
/// wrapper of it that compares as mycmp(a, b) compares to 0.
struct KeyWrapper final : HeapObject {
  KeyWrapper(Object cmp, Object obj) : HeapObject(key_wrapper_type()), cmp(std::move(cmp)), obj(std::move(obj)) {}
  Object cmp;
  Object obj;  // unbound for cmp_to_key's own result

  Object call(const CallArgs& a) override {
    Object arg[1];
    parse_args(a, "K", {"obj"}, 1, 1, arg);
    return make<KeyWrapper>(cmp, arg[0]);
  }
  Object richcompare(const Object& other, CmpOp op) override {
    if (other.type() != key_wrapper_type()) detail::type_error("other argument must be K instance");
    const Object& theirs = static_cast<KeyWrapper*>(other.heap())->obj;
    if (obj.is_unbound() || theirs.is_unbound()) detail::attribute_error("object");
    Object res = pyrt::call(cmp, {obj, theirs});
    return compare(op, res, Object::from_int(0));
  }
  std::int64_t hash() override { detail::type_error("unhashable type: 'functools.KeyWrapper'"); }
  Object getattr(const Object& name) override {
    if (str_view(name) == "obj") {
      if (obj.is_unbound()) detail::attribute_error("obj");
      return obj;
    }
    return HeapObject::getattr(name);
  }
};

TypeObject* key_wrapper_type() {
  static TypeObject* const t = [] {
    TypeObject* type = make_builtin_type("KeyWrapper", nullptr, "functools");
    type->tp_name = "functools.KeyWrapper";
    type->is_final_in_cpython = true;
    add_slot_wrappers(type, "__call__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__");
    dict_set(type->dict, detail::names::hash, Object::none());
    return type;
  }();
  return t;
}

Object cmp_to_key(const CallArgs& a) {
  Object arg[1];
  parse_args(a, "cmp_to_key", {"mycmp"}, 1, 1, arg);
  return make<KeyWrapper>(arg[0], Object());
}

// ---- _lru_cache_wrapper -------------------------------------------------------------------

TypeObject* lru_cache_type();

/// The C cache of functools.lru_cache: maxsize < 0 is unbounded (infinite_lru_cache_wrapper),
/// 0 caches nothing (uncached_lru_cache_wrapper), else the least recently used entry goes
/// when a new one would pass maxsize (bounded_lru_cache_wrapper). `cache` maps each key to
/// its result in recency order, oldest first: a hit moves its entry to the end.
struct LruCache final : HeapObject {
  LruCache() : HeapObject(lru_cache_type()) {}
  Object func;
  Object cache = new_dict();
  Object cache_info_type;
  Object dict;  // __dict__: update_wrapper's __name__, __wrapped__, ...
  std::int64_t maxsize = -1;
  bool typed = false;
  std::int64_t hits = 0;
  std::int64_t misses = 0;

  Object* instance_dict() override { return &dict; }

  // lru_cache_make_key: one str or int argument is its own key; positional arguments alone
  // are their tuple; else the arguments, a marker and the keywords' names and values, and
  // with `typed` the types of all values.
  Object make_key(const CallArgs& a) const {
    if (!typed && a.nkw == 0) {
      if (a.npos == 1 && (a.args[0].type() == types::str || a.args[0].type() == types::int_)) return a.args[0];
      return tuple_from_vector(std::vector<Object>(a.args, a.args + a.npos));
    }
    static const Object kwd_mark = Object(new HeapObject(types::object));
    std::vector<Object> key(a.args, a.args + a.npos);
    if (a.nkw != 0) {
      key.push_back(kwd_mark);
      for (std::size_t k = 0; k < a.nkw; ++k) {
        key.push_back(a.kwnames[k]);
        key.push_back(a.args[a.npos + k]);
      }
    }
    if (typed) {
      for (std::size_t i = 0; i < a.npos + a.nkw; ++i) key.push_back(Object(a.args[i].type()));
    }
    return tuple_from_vector(std::move(key));
  }

  Object call(const CallArgs& a) override {
    if (maxsize == 0) {
      ++misses;
      return call_args(func, a);
    }
    Object key = make_key(a);
    Object found = dict_get(cache, key);
    if (!found.is_unbound()) {
      ++hits;
      if (maxsize > 0) {
        dict_del(cache, key);
        dict_set(cache, key, found);
      }
      return found;
    }
    ++misses;
    Object result = call_args(func, a);
    // The call may have cached this key itself (recursion): its entry stands.
    if (!dict_get(cache, key).is_unbound()) return result;
    if (maxsize > 0 && pyrt::len(cache) >= maxsize) evict_oldest();
    dict_set(cache, key, result);
    return result;
  }

  void evict_oldest() {
    for (const auto& e : as_dict(cache)->entries) {
      if (e.key.is_unbound()) continue;
      Object oldest = e.key;
      dict_del(cache, oldest);
      return;
    }
  }

  Object descr_get(const Object& obj, TypeObject*) override {
    if (obj.is_unbound() || obj.is_none()) return Object(this);
    return make_bound_method(Object(this), obj);
  }

  Object getattr(const Object& name) override {
    Object v = dict_getattr(dict, name);
    return v.is_unbound() ? HeapObject::getattr(name) : v;
  }

  void setattr(const Object& name, const Object& value) override {
    dict_setattr(dict, name, value, type);
  }
};

LruCache* as_lru(const Object& x) { return static_cast<LruCache*>(x.heap()); }

// lru_cache_new(user_function, maxsize, typed, cache_info_type).
Object lru_cache_new(TypeObject*, const CallArgs& a) {
  Object arg[4];
  parse_args(a, "lru_cache", {"user_function", "maxsize", "typed", "cache_info_type"}, 4, 4, arg);
  if (!is_callable(arg[0])) detail::type_error("the first argument must be callable");
  auto* c = new LruCache();
  Object out(c);
  if (!arg[1].is_none()) {
    static const Object index_name = intern("__index__");
    if (!is_int(arg[1]) && arg[1].type()->lookup(index_name).is_unbound()) {
      detail::type_error("maxsize should be integer or None");
    }
    std::int64_t n = ssize_value(arg[1]);
    c->maxsize = n < 0 ? 0 : n;
  }
  c->func = arg[0];
  c->typed = truthy(arg[2]);
  c->cache_info_type = arg[3];
  return out;
}

Object lru_cache_info(const Object& self, const CallArgs&) {
  LruCache* c = as_lru(self);
  Object maxsize = c->maxsize < 0 ? Object::none() : Object::from_int(c->maxsize);
  return call(c->cache_info_type, {Object::from_int(c->hits), Object::from_int(c->misses), maxsize,
                                   Object::from_int(len(c->cache))});
}

Object lru_cache_clear(const Object& self, const CallArgs&) {
  LruCache* c = as_lru(self);
  c->hits = c->misses = 0;
  c->cache = new_dict();
  return Object::none();
}

// lru_cache_reduce: pickled by reference, as its qualified name.
Object lru_cache_reduce(const Object& self, const CallArgs&) { return getattr(self, detail::names::qualname); }

Object lru_cache_copy(const Object& self, const CallArgs&) { return self; }

const NativeMethodDef lru_cache_methods[] = {
    {"cache_info", lru_cache_info, 0, 0},
    {"cache_clear", lru_cache_clear, 0, 0},
    {"__reduce__", lru_cache_reduce, 0, 0},
    {"__copy__", lru_cache_copy, 0, 0},
    {"__deepcopy__", lru_cache_copy, 1, 1},
};

TypeObject* lru_cache_type() {
  static TypeObject* const t = [] {
    TypeObject* type = make_builtin_type("_lru_cache_wrapper", nullptr, "functools", lru_cache_new);
    type->tp_name = "functools._lru_cache_wrapper";
    type->is_final_in_cpython = true;
    add_slot_wrappers(type, "__call__ __get__");
    add_methods(type, lru_cache_methods);
    return type;
  }();
  return t;
}

}  // namespace

Object native::make_functools_module() {
  Object m = new_module("_functools");
  module_add(m, "partial", Object(partial_type()));
  module_add(m, "_lru_cache_wrapper", Object(lru_cache_type()));
  static const NativeFunctionDef functions[] = {
      {"reduce", reduce, kOwnArgs, 0},
      {"cmp_to_key", cmp_to_key, kOwnArgs, 0},
  };
  module_add_functions(m, functions);
  return m;
}

}  // namespace pyrt

void pystd_10_functools::register_module() { pyrt::register_module("_functools", pyrt::native::make_functools_module); }
