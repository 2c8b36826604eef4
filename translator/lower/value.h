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
/// make_slice): effects when an operand it embeds has them, else stable.
inline Purity combined(Purity a, Purity b) {
  return a == Purity::Effects || b == Purity::Effects ? Purity::Effects : Purity::Stable;
}

}  // namespace py2cpp::lower
