// Name mangling for generated C++ (see names.h).
#include "lower/names.h"

#include <cctype>
#include <cstdio>

namespace py2cpp::lower {

namespace {

// C++20 keywords and alternative tokens, macros a C++ program commonly sees,
// and the short namespace names the generated code uses for itself.
const std::set<std::string, std::less<>>& reserved() {
  static const std::set<std::string, std::less<>> words = {
      "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break", "case",
      "catch", "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept", "const", "consteval",
      "constexpr", "constinit", "const_cast", "continue", "co_await", "co_return", "co_yield", "decltype",
      "default", "delete", "do", "double", "dynamic_cast", "else", "enum", "explicit", "export", "extern",
      "false", "float", "for", "friend", "goto", "if", "inline", "int", "long", "mutable", "namespace", "new",
      "noexcept", "not", "not_eq", "nullptr", "operator", "or", "or_eq", "private", "protected", "public",
      "register", "reinterpret_cast", "requires", "return", "short", "signed", "sizeof", "static",
      "static_assert", "static_cast", "struct", "switch", "template", "this", "thread_local", "throw", "true",
      "try", "typedef", "typeid", "typename", "union", "unsigned", "using", "virtual", "void", "volatile",
      "wchar_t", "while", "xor", "xor_eq", "main", "linux", "unix", "errno", "EOF", "NULL", "assert", "stdin",
      "stdout", "stderr", "BUFSIZ", "SEEK_SET", "SEEK_CUR", "SEEK_END", "FILENAME_MAX", "FOPEN_MAX", "TMP_MAX",
      "L_tmpnam", "RAND_MAX", "MB_CUR_MAX", "HUGE_VAL", "INFINITY", "NAN", "CHAR_BIT", "INT_MAX", "INT_MIN", "EXIT_SUCCESS", "EXIT_FAILURE", "SIZE_MAX",
      "offsetof", "setjmp", "va_arg", "va_start", "va_end", "g", "fn", "k", "n", "entry", "spec", "code", "frame", "pyrt",
      "std", "Object", "module_body", "module_init", "it", "item", "exc", "ns", "cls", "ret", "exit_kind",
      "printf", "puts", "abs", "exit", "abort", "signal", "sin", "cos", "pow", "floor", "ceil", "round", "time",
      "sleep", "select", "read", "write", "open", "close", "index", "y0", "y1", "j0", "j1", "jn", "yn"};
  return words;
}

// The generated code's own names: temporaries t1, loop state it1/item1 and
// labels finally_1.
bool is_temp_like(std::string_view s) {
  for (std::string_view prefix : {"t", "it", "item", "finally_"}) {
    if (s.size() <= prefix.size() || s.substr(0, prefix.size()) != prefix) continue;
    std::string_view digits = s.substr(prefix.size());
    bool all_digits = true;
    for (char c : digits) all_digits = all_digits && std::isdigit(static_cast<unsigned char>(c));
    if (all_digits) return true;
  }
  return false;
}

}  // namespace

std::string cxx_identifier(std::string_view name) {
  std::string out;
  for (unsigned char c : name) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "x%02x", c);
      out += buf;
    }
  }
  // No `__` anywhere and no leading `_` + capital: both are reserved in C++.
  for (std::size_t p; (p = out.find("__")) != std::string::npos;) out.replace(p, 2, "_u");
  if (out.size() > 1 && out[0] == '_' && std::isupper(static_cast<unsigned char>(out[1]))) out.insert(0, "u");
  // `_py` marks an escaped name; names that already end in it get another so
  // the mapping stays one-to-one.
  if (out.empty() || out.ends_with("_py") || reserved().count(out) != 0 || is_temp_like(out)) out += "_py";
  return out;
}

std::string NameScope::unique(const std::string& wanted) {
  std::string name = wanted;
  for (int i = 2; !used_.insert(name).second; ++i) name = wanted + std::to_string(i);
  return name;
}

}  // namespace py2cpp::lower
