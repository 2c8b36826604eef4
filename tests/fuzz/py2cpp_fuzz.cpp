// libFuzzer entry point: runs load, parse, sema and lowering on arbitrary bytes, as
// `py2cpp-async --check` does. A crash, a sanitizer report, a hang or an exception escaping
// the phases (which `translate()` would print as "internal error") is a finding; a
// diagnostic is the expected outcome for most inputs. Emitted C++ must also stay within
// clang's limit of 256 nested brackets, or it would not compile. Built by the asan preset only.
#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstdint>
#include <sstream>
#include <string>

#include "driver/translate.h"

namespace {

// The deepest nesting of (), [] and {} in C++ text, outside string and character literals and
// comments: what clang's -fbracket-depth (default 256) limits.
int max_bracket_depth(const std::string& cpp) {
  int depth = 0, deepest = 0;
  for (std::size_t i = 0; i < cpp.size(); ++i) {
    char c = cpp[i];
    if (c == '"' || c == '\'') {
      for (++i; i < cpp.size() && cpp[i] != c; ++i) {
        if (cpp[i] == '\\') ++i;
      }
    } else if (c == '/' && i + 1 < cpp.size() && cpp[i + 1] == '/') {
      while (i < cpp.size() && cpp[i] != '\n') ++i;
    } else if (c == '(' || c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if (c == ')' || c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

constexpr int kClangBracketDepth = 256;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string source(reinterpret_cast<const char*>(data), size);
  std::string cpp;
  std::ostringstream diagnostics;
  if (py2cpp::driver::translate_text("fuzz.py", source, true, cpp, diagnostics) &&
      max_bracket_depth(cpp) > kClangBracketDepth) {
    std::fprintf(stderr, "py2cpp_fuzz: emitted C++ nests %d brackets deep\n", max_bracket_depth(cpp));
    std::abort();
  }
  return 0;
}
