// The currency of expression lowering: a C++ expression together with its
// C++ type and its purity. Whether an operand is bound to a temporary before
// the operands to its right follows from purity, never from the C++ text.
#pragma once

#include <string>

namespace py2cpp::lower {

/// What evaluating a lowered expression can do, and whether anything
/// evaluated after it can change its result.
enum class Purity {
  Constant,  // a literal or module constant (k::, n::, pyrt::kNone)
  Stable,    // no effect, and nothing evaluated later can change it: a
             // temporary, a parameter no `:=` rebinds, a builtin
  Fresh,     // as Stable, but each evaluation makes a new object (a list, set or tuple
             // display): used twice (`a = b = []`), it is bound once
  Effects,   // may run Python code, raise, or read what later code can change
};

/// The C++ type of a lowered expression.
enum class CxxType {
  Object,  // pyrt::Object
  Bool,    // bool
  Method,  // pyrt::Method, the result of LOAD_METHOD awaiting its call
};

/// One lowered expression. `lvalue` marks a C++ lvalue naming storage that
/// no later operand of the same statement can rebind (a local read when the
/// function has no `:=`), so binding it may take a reference, not a copy.
struct Value {
  std::string cxx;
  CxxType type = CxxType::Object;
  Purity purity = Purity::Effects;
  bool lvalue = false;
};

inline Value constant_value(std::string cxx) { return Value{std::move(cxx), CxxType::Object, Purity::Constant}; }
inline Value stable_value(std::string cxx, CxxType type = CxxType::Object) {
  return Value{std::move(cxx), type, Purity::Stable};
}
inline Value effects_value(std::string cxx, CxxType type = CxxType::Object) {
  return Value{std::move(cxx), type, Purity::Effects};
}
/// The purity of a builder that runs no Python code itself (tuple_of,
/// make_slice): effects when an operand it embeds has them, else fresh when one
/// is, else stable.
inline Purity combined(Purity a, Purity b) {
  if (a == Purity::Effects || b == Purity::Effects) return Purity::Effects;
  return a == Purity::Fresh || b == Purity::Fresh ? Purity::Fresh : Purity::Stable;
}
/// The purity of a display building a new object from operands of purity `elements`.
inline Purity display(Purity elements) { return elements == Purity::Effects ? Purity::Effects : Purity::Fresh; }

}  // namespace py2cpp::lower
