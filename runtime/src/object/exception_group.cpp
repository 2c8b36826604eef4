// Exception groups: split, subgroup, derive, and except*'s matching and re-raising.
// Mirrors Objects/exceptions.c (exceptiongroup_split_recursive, exceptiongroup_subset,
// _PyExc_PrepReraiseStar) and Python/ceval.c (exception_group_match, check_except_star_type_valid).
#include "pyrt/object/exception_group.h"

#include <algorithm>
#include <string>

#include "internal.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/exception_object.h"
#include "pyrt/object/function.h"
#include "pyrt/object/list.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

bool is_group(const Object& x) { return x.is_heap() && x.type()->is_subtype(exc::BaseExceptionGroup); }

std::vector<Object> group_exceptions(const Object& group) {
  Object items = tuple_from_iterable(tuple_items(as_exception(group)->args)[1]);
  return tuple_items(items);
}

// What split() tests each group and leaf with (exceptions.c's _exceptiongroup_split_matcher_type).
struct Matcher {
  enum Kind { Type, Predicate, Leaves } kind;
  Object value;                                // the type(s) or the predicate
  const std::vector<const HeapObject*>* leaves = nullptr;  // Leaves: the exceptions to keep

  bool matches(const Object& e) const {
    switch (kind) {
      case Type: return exception_matches(e, value);
      case Predicate: return truthy(call(value, {e}));
      case Leaves: return !is_group(e) && std::find(leaves->begin(), leaves->end(), e.heap()) != leaves->end();
    }
    return false;
  }
};

bool is_exception_class(const Object& x) {
  return is_type(x) && static_cast<TypeObject*>(x.heap())->is_exception;
}

Matcher matcher_of(const Object& condition) {
  if (is_exception_class(condition)) return {Matcher::Type, condition};
  if (is_tuple(condition)) {
    bool all = true;
    for (const Object& t : tuple_items(condition)) all = all && is_exception_class(t);
    if (all) return {Matcher::Type, condition};
  } else if (is_callable(condition)) {
    return {Matcher::Predicate, condition};
  }
  raise_error(exc::TypeError, "expected a function, exception type or tuple of exception types");
}

// exceptiongroup_subset: `group.derive(excs)` with group's metadata, or unbound for none.
Object subset(const Object& group, std::vector<Object> excs) {
  if (excs.empty()) return Object();
  Object derived = call_method(group, intern("derive"), {list_from_vector(std::move(excs))});
  if (!is_group(derived)) raise_error(exc::TypeError, "derive must return an instance of BaseExceptionGroup");
  ExceptionObject* from = as_exception(group);
  ExceptionObject* to = as_exception(derived);
  to->traceback = from->traceback;
  to->context = from->context;
  // PyException_SetCause also sets __suppress_context__.
  to->cause = from->cause;
  to->suppress_context = true;
  if (!from->notes.is_unbound()) to->notes = list_from_iterable(from->notes);
  return derived;
}

void split_recursive(const Object& e, const Matcher& m, bool construct_rest, Object& match, Object& rest) {
  if (m.matches(e)) {
    match = e;
    return;
  }
  if (!is_group(e)) {
    if (construct_rest) rest = e;
    return;
  }
  std::vector<Object> matched, rested;
  for (const Object& sub : group_exceptions(e)) {
    Object sub_match, sub_rest;
    split_recursive(sub, m, construct_rest, sub_match, sub_rest);
    if (!sub_match.is_unbound()) matched.push_back(sub_match);
    if (!sub_rest.is_unbound()) rested.push_back(sub_rest);
  }
  match = subset(e, std::move(matched));
  if (construct_rest) rest = subset(e, std::move(rested));
}

Object none_if_unbound(const Object& x) { return x.is_unbound() ? kNone : x; }

Object group_split(const Object& self, const CallArgs& args) {
  check_nargs(args, "split", 1, 1);
  Object match, rest;
  exception_group_split(self, args.args[0], true, match, rest);
  return tuple_of({none_if_unbound(match), none_if_unbound(rest)});
}

Object group_subgroup(const Object& self, const CallArgs& args) {
  check_nargs(args, "subgroup", 1, 1);
  Object match, rest;
  exception_group_split(self, args.args[0], false, match, rest);
  return none_if_unbound(match);
}

// BaseExceptionGroup.derive: a group of the base type with the same message.
Object group_derive(const Object& self, const CallArgs& args) {
  check_nargs(args, "derive", 1, 1);
  return call(Object(exc::BaseExceptionGroup), {tuple_items(as_exception(self)->args)[0], args.args[0]});
}

// The leaves (non-group exceptions) of `e`, for telling re-raised parts of a group.
void collect_leaves(const Object& e, std::vector<const HeapObject*>& out) {
  if (!is_group(e)) {
    out.push_back(e.heap());
    return;
  }
  for (const Object& sub : group_exceptions(e)) collect_leaves(sub, out);
}

// is_same_exception_metadata: a part split from the original (a re-raise) carries the
// original's __notes__, __traceback__, __cause__ and __context__ objects.
bool same_metadata(const Object& a, const Object& b) {
  ExceptionObject* x = as_exception(a);
  ExceptionObject* y = as_exception(b);
  return x->notes.is(y->notes) && x->traceback.is(y->traceback) && x->cause.is(y->cause) && x->context.is(y->context);
}

}  // namespace

void exception_group_split(const Object& group, const Object& condition, bool construct_rest, Object& match,
                           Object& rest) {
  Matcher m = matcher_of(condition);
  split_recursive(group, m, construct_rest, match, rest);
}

ExceptStar::ExceptStar(Object raised) : original_(raised), rest_(std::move(raised)) {}

Object ExceptStar::match(const Object& type) {
  // check_except_star_type_valid.
  auto check = [](const Object& t) {
    if (!is_exception_class(t)) {
      raise_error(exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
    }
    if (static_cast<TypeObject*>(t.heap())->is_subtype(exc::BaseExceptionGroup)) {
      raise_error(exc::TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
    }
  };
  if (is_tuple(type)) {
    for (const Object& t : tuple_items(type)) check(t);
  } else {
    check(type);
  }
  if (rest_.is_unbound()) return Object();
  if (exception_matches(rest_, type)) {
    Object matched = rest_;
    rest_ = Object();
    if (is_group(matched)) return matched;
    // A bare exception is caught wrapped in a group with an empty message.
    return call(Object(exc::BaseExceptionGroup), {str_from(""), list_of({matched})});
  }
  if (!is_group(rest_)) return Object();
  Object matched, rest;
  exception_group_split(rest_, type, true, matched, rest);
  rest_ = rest;
  return matched;
}

void ExceptStar::handler_raised(Object value) { raised_.push_back(std::move(value)); }

void ExceptStar::finish() {
  // What no handler matched is re-raised last, as the compiler appends it to the list.
  std::vector<Object> excs = raised_;
  if (!rest_.is_unbound()) excs.push_back(rest_);
  if (excs.empty()) return;
  if (!is_group(original_)) {
    // A bare exception was caught wrapped; at most one handler ran.
    throw PyException{excs.front()};
  }
  std::vector<Object> raised;
  std::vector<const HeapObject*> reraised_leaves;
  for (const Object& e : excs) {
    if (same_metadata(e, original_)) collect_leaves(e, reraised_leaves);
    else raised.push_back(e);
  }
  Object reraised;
  if (!reraised_leaves.empty()) {
    Matcher keep{Matcher::Leaves, Object(), &reraised_leaves};
    Object unused;
    split_recursive(original_, keep, false, reraised, unused);
  }
  if (raised.empty()) throw PyException{reraised};
  if (!reraised.is_unbound()) raised.push_back(reraised);
  if (raised.size() == 1) throw PyException{raised.front()};
  throw PyException{call(Object(exc::BaseExceptionGroup), {str_from(""), list_from_vector(std::move(raised))})};
}

void detail::add_exception_group_methods(TypeObject* base_exception_group) {
  add_method(base_exception_group, "split", group_split);
  add_method(base_exception_group, "subgroup", group_subgroup);
  add_method(base_exception_group, "derive", group_derive);
}

}  // namespace pyrt
