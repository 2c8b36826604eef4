// The match statement's runtime steps. Mirrors Python/ceval.c (match_keys, match_class,
// match_class_attr, MATCH_SEQUENCE and MATCH_MAPPING's tests of Py_TPFLAGS_SEQUENCE / MAPPING).
#include "pyrt/object/match.h"

#include <string>
#include <vector>

#include "internal.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/list.h"
#include "pyrt/object/set.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

std::string plural(std::size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

}  // namespace

// MATCH_SEQUENCE: the subject's type has Py_TPFLAGS_SEQUENCE (TypeObject::collection_flags).
bool match_is_sequence(const Object& subject) {
  return (subject.type()->collection_flags & TypeObject::kSequenceFlag) != 0;
}

// MATCH_MAPPING: the subject's type has Py_TPFLAGS_MAPPING.
bool match_is_mapping(const Object& subject) {
  return (subject.type()->collection_flags & TypeObject::kMappingFlag) != 0;
}

bool match_sequence_items(const Object& subject, std::size_t before, bool star, std::size_t after, Object* out) {
  auto size = static_cast<std::size_t>(len(subject));
  std::size_t fixed = before + after;
  if (star ? size < fixed : size != fixed) return false;
  if (!star) {
    unpack(subject, fixed, out);
    return true;
  }
  std::vector<Object> items;
  Object it = iter(subject);
  Object x;
  while (next(it, x)) items.push_back(std::move(x));
  std::size_t middle = items.size() - fixed;
  for (std::size_t i = 0; i < before; ++i) out[i] = std::move(items[i]);
  std::vector<Object> starred(std::make_move_iterator(items.begin() + static_cast<std::ptrdiff_t>(before)),
                              std::make_move_iterator(items.begin() + static_cast<std::ptrdiff_t>(before + middle)));
  out[before] = list_from_vector(std::move(starred));
  for (std::size_t i = 0; i < after; ++i) out[before + 1 + i] = std::move(items[before + middle + i]);
  return true;
}

bool match_keys(const Object& subject, std::initializer_list<Object> keys, Object* out) {
  if (keys.size() == 0) return true;
  static const Object get_name = intern("get");
  Object get = getattr(subject, get_name);
  // A sentinel no mapping can hold: a fresh list, compared by identity.
  Object missing = list_of({});
  Object seen = set_of({});
  std::size_t i = 0;
  for (const Object& key : keys) {
    if (contains(seen, key)) raise_error(exc::ValueError, "mapping pattern checks duplicate key (" + repr_text(key) + ")");
    call_method(seen, intern("add"), {key});
    Object value = call(get, {key, missing});
    if (value.is(missing)) return false;
    out[i++] = std::move(value);
  }
  return true;
}

Object match_mapping_rest(const Object& subject, std::initializer_list<Object> keys) {
  Object rest = new_dict();
  call_method(rest, intern("update"), {subject});
  for (const Object& key : keys) delitem(rest, key);
  return rest;
}

bool match_class(const Object& subject, const Object& cls, std::size_t npositional,
                 std::initializer_list<const char*> keywords, Object* out) {
  if (!is_type(cls)) {
    raise_error(exc::TypeError, "called match pattern must be a type");
  }
  if (!isinstance(subject, cls)) return false;
  auto* type = static_cast<TypeObject*>(cls.heap());
  std::vector<std::string> seen;
  // match_class_attr: getattr, a missing attribute is no match; each name once.
  auto attribute = [&](const std::string& name, Object& into) {
    for (const std::string& s : seen) {
      if (s == name) {
        raise_error(exc::TypeError, type->name + "() got multiple sub-patterns for attribute " + str_repr_text(name));
      }
    }
    seen.push_back(name);
    into = getattr_or_unbound(subject, str_from(name));
    return !into.is_unbound();
  };
  std::size_t i = 0;
  if (npositional > 0) {
    static const Object match_args_name = intern("__match_args__");
    Object match_args = getattr_or_unbound(cls, match_args_name);
    if (!match_args.is_unbound()) {
      if (!is_tuple(match_args)) {
        raise_error(exc::TypeError, type->name + ".__match_args__ must be a tuple (got " + type_name_text(match_args) + ")");
      }
      std::size_t allowed = static_cast<std::size_t>(len(match_args));
      if (npositional > allowed) {
        raise_error(exc::TypeError, type->name + "() accepts " + plural(allowed, "positional sub-pattern") + " (" +
                                        std::to_string(npositional) + " given)");
      }
      for (; i < npositional; ++i) {
        Object name = getitem(match_args, Object::from_int(static_cast<std::int64_t>(i)));
        if (!is_str(name)) {
          raise_error(exc::TypeError, "__match_args__ elements must be strings (got " + type_name_text(name) + ")");
        }
        if (!attribute(std::string(str_view(name)), out[i])) return false;
      }
    } else {
      // Py_TPFLAGS_MATCH_SELF: these builtins (and their subclasses) match one positional
      // sub-pattern against the subject itself.
      bool match_self = false;
      for (TypeObject* t : {types::bool_, types::bytes, types::dict, types::float_, types::frozenset, types::int_,
                            types::list, types::set, types::str, types::tuple}) {
        match_self = match_self || type->is_subtype(t);
      }
      std::size_t allowed = match_self ? 1 : 0;
      if (npositional > allowed) {
        raise_error(exc::TypeError, type->name + "() accepts " + plural(allowed, "positional sub-pattern") + " (" +
                                        std::to_string(npositional) + " given)");
      }
      out[i++] = subject;
    }
  }
  for (const char* k : keywords) {
    if (!attribute(k, out[i++])) return false;
  }
  return true;
}

}  // namespace pyrt
