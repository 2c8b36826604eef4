// ABCMeta's registry and its isinstance/issubclass answers, what Lib/abc.py's ABCMeta asks of
// the C module _abc. Mirrors Modules/_abc.c: each ABC keeps an _abc._abc_data holding the
// classes registered with it, a cache of positive answers and a negative cache that any
// register() anywhere invalidates (abc.get_cache_token()).
#include <algorithm>
#include <string>
#include <vector>

#include "internal.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/function.h"
#include "pyrt/object/list.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

// Classes are immortal in pyrt, so the sets CPython keeps as weak sets hold plain pointers.
struct AbcData final : HeapObject {
  explicit AbcData(TypeObject* t) : HeapObject(t) {}
  std::vector<TypeObject*> registry, cache, negative_cache;
  std::uint64_t negative_cache_version = 0;
};

// abc_invalidation_counter: bumped by every register(), so negative answers computed before
// it are recomputed.
std::uint64_t invalidation_counter = 0;

TypeObject* abc_data_type() {
  static TypeObject* t = make_builtin_type("_abc_data", nullptr, "_abc");
  return t;
}

AbcData* impl_of(TypeObject* cls) {
  static const Object impl_name = intern("_abc_impl");
  Object impl = cls->lookup(impl_name);
  if (impl.is_unbound() || impl.type() != abc_data_type()) {
    detail::type_error("_abc_impl is set to a wrong type");
  }
  return static_cast<AbcData*>(impl.heap());
}

bool contains(const std::vector<TypeObject*>& set, TypeObject* t) {
  return std::find(set.begin(), set.end(), t) != set.end();
}

void add(std::vector<TypeObject*>& set, TypeObject* t) {
  if (!contains(set, t)) set.push_back(t);
}

// set_collection_flag_recursive: Sequence.register(C) or Mapping.register(C) makes the match
// statement treat heap class C and its subclasses as sequences or mappings. The builtin types
// (immutable in CPython) keep their own flags: Sequence.register(str) changes nothing.
void set_collection_flag(TypeObject* child, std::uint8_t flag) {
  if (!child->is_heap_type || child->collection_flags == flag) return;
  child->collection_flags = flag;
  for (TypeObject* grandchild : child->subclasses) set_collection_flag(grandchild, flag);
}

TypeObject* receiver(const CallArgs& args, const char* name, std::size_t nargs) {
  check_nargs(args, name, nargs + 1, nargs + 1);
  if (!is_type(args.args[0])) detail::type_error(std::string(name) + "() requires a class");
  return static_cast<TypeObject*>(args.args[0].heap());
}

Object abc_register(const CallArgs& args) {
  TypeObject* cls = receiver(args, "register", 1);
  const Object& subclass = args.args[1];
  if (!is_type(subclass)) detail::type_error("Can only register classes");
  if (issubclass(subclass, Object(cls))) return subclass;  // already a subclass
  // X.register(X) is a no-op above; a cycle is refused only after it.
  if (issubclass(Object(cls), subclass)) raise_error(exc::RuntimeError, "Refusing to create an inheritance cycle");
  add(impl_of(cls)->registry, static_cast<TypeObject*>(subclass.heap()));
  ++invalidation_counter;
  if (cls->collection_flags != 0) set_collection_flag(static_cast<TypeObject*>(subclass.heap()), cls->collection_flags);
  return subclass;
}

Object abc_instancecheck(const CallArgs& args) {
  TypeObject* cls = receiver(args, "__instancecheck__", 1);
  const Object& instance = args.args[1];
  AbcData* impl = impl_of(cls);
  static const Object class_name = intern("__class__");
  Object subclass = getattr(instance, class_name);
  if (is_type(subclass) && contains(impl->cache, static_cast<TypeObject*>(subclass.heap()))) {
    return Object::from_bool(true);
  }
  Object subtype(instance.type());
  static const Object check_name = intern("__subclasscheck__");
  if (subtype.is(subclass)) {
    if (impl->negative_cache_version == invalidation_counter &&
        contains(impl->negative_cache, static_cast<TypeObject*>(subclass.heap()))) {
      return Object::from_bool(false);
    }
    return call_method(Object(cls), check_name, {subclass});
  }
  Object result = call_method(Object(cls), check_name, {subclass});
  if (pyrt::truthy(result)) return result;
  return call_method(Object(cls), check_name, {subtype});
}

// The steps of _abc__abc_subclasscheck_impl: caches, __subclasshook__, the MRO, the registry
// and the subclasses, each positive answer cached.
bool subclass_check(TypeObject* cls, TypeObject* sub) {
  AbcData* impl = impl_of(cls);
  if (contains(impl->cache, sub)) return true;
  if (impl->negative_cache_version < invalidation_counter) {
    impl->negative_cache.clear();
    impl->negative_cache_version = invalidation_counter;
  } else if (contains(impl->negative_cache, sub)) {
    return false;
  }
  static const Object hook_name = intern("__subclasshook__");
  Object ok = call_method(Object(cls), hook_name, {Object(sub)});
  if (ok.is_bool()) {
    add(ok.as_bool() ? impl->cache : impl->negative_cache, sub);
    return ok.as_bool();
  }
  if (!ok.is(detail::not_implemented())) {
    raise_error(exc::AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
  }
  bool found = std::find(sub->mro.begin(), sub->mro.end(), cls) != sub->mro.end();
  for (std::size_t i = 0; !found && i < impl->registry.size(); ++i) {
    found = issubclass(Object(sub), Object(impl->registry[i]));
  }
  // A copy: a check may make classes.
  std::vector<TypeObject*> subclasses = cls->subclasses;
  for (std::size_t i = 0; !found && i < subclasses.size(); ++i) {
    found = issubclass(Object(sub), Object(subclasses[i]));
  }
  add(found ? impl->cache : impl->negative_cache, sub);
  return found;
}

Object abc_subclasscheck(const CallArgs& args) {
  TypeObject* cls = receiver(args, "__subclasscheck__", 1);
  if (!is_type(args.args[1])) detail::type_error("issubclass() arg 1 must be a class");
  return Object::from_bool(subclass_check(cls, static_cast<TypeObject*>(args.args[1].heap())));
}

Object abc_registry_clear(const CallArgs& args) {
  impl_of(receiver(args, "_abc_registry_clear", 0))->registry.clear();
  return Object::none();
}

Object abc_caches_clear(const CallArgs& args) {
  AbcData* impl = impl_of(receiver(args, "_abc_caches_clear", 0));
  impl->cache.clear();
  impl->negative_cache.clear();
  return Object::none();
}

}  // namespace

Object detail::new_abc_data() { return make<AbcData>(abc_data_type()); }

Object detail::abc_get_cache_token(const CallArgs& args) {
  check_nargs(args, "get_cache_token", 0, 0);
  return Object::from_int(static_cast<std::int64_t>(invalidation_counter));
}

void detail::add_abc_meta_methods(TypeObject* abc_meta) {
  for (const auto& [name, fn] : {std::pair<const char*, NativeFn>{"register", abc_register},
                                 {"__instancecheck__", abc_instancecheck},
                                 {"__subclasscheck__", abc_subclasscheck},
                                 {"_abc_registry_clear", abc_registry_clear},
                                 {"_abc_caches_clear", abc_caches_clear}}) {
    dict_set(abc_meta->dict, intern(name), make_builtin_method(name, fn));
  }
}

}  // namespace pyrt
