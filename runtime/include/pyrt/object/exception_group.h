// Exception groups (PEP 654): BaseExceptionGroup.split / subgroup / derive, and the state of
// one `try ... except*` statement. Mirrors Objects/exceptions.c (exceptiongroup_split_recursive,
// _PyExc_PrepReraiseStar) and Python/ceval.c's exception_group_match (CHECK_EG_MATCH).
#pragma once

#include <vector>

#include "pyrt/object/object.h"

namespace pyrt {

/// `group.split(condition)` (`construct_rest`) or `group.subgroup(condition)`: the part of
/// `group` whose leaves match `condition` (an exception type, a tuple of them, or a predicate
/// called on each group and leaf) and, for split, the rest, each a group derived from `group`
/// with its __cause__, __context__, __traceback__ and __notes__, or unbound when empty.
/// TypeError "expected a function, exception type or tuple of exception types".
void exception_group_split(const Object& group, const Object& condition, bool construct_rest, Object& match,
                           Object& rest);

/// One `try: ... except* T as e: ...` statement after its body raised `raised`: each handler
/// asks match() for its part, reports what its body raised to handler_raised(), and
/// finish() raises what is left, as CPython's CHECK_EG_MATCH and PREP_RERAISE_STAR do.
class ExceptStar {
 public:
  explicit ExceptStar(Object raised);
  /// The part of what is still unhandled that `type` (an exception type or tuple of them)
  /// matches: the group split off, a bare exception wrapped in ExceptionGroup(''), or unbound
  /// when nothing matches. TypeError "catching ExceptionGroup with except* is not allowed. Use
  /// except instead." for a group type.
  Object match(const Object& type);
  /// An exception a handler's body raised (a re-raise of its match included).
  void handler_raised(Object value);
  /// Raises what no handler handled together with what the handlers raised (re-raised parts
  /// keep the original group's shape; new ones join it in ExceptionGroup('')); returns when
  /// nothing is left.
  void finish();

 private:
  Object original_;
  Object rest_;
  std::vector<Object> raised_;
};

}  // namespace pyrt
