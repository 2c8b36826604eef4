// libFuzzer entry point: runs load, parse, sema and lowering on arbitrary bytes, as
// `py2cpp-async --check` does. A crash, a sanitizer report, a hang or an exception escaping
// the phases (which `translate()` would print as "internal error") is a finding; a
// diagnostic is the expected outcome for most inputs. Built by the asan preset only.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "driver/translate.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string source(reinterpret_cast<const char*>(data), size);
  std::string cpp;
  std::ostringstream diagnostics;
  py2cpp::driver::translate_text("fuzz.py", source, true, cpp, diagnostics);
  return 0;
}
