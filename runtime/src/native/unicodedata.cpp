// The native module `unicodedata`, as far as re's parser uses it (\N{...} escapes): lookup
// and name over ICU's character names. Mirrors unicodedata.lookup and unicodedata.name of
// Modules/unicodedata.c (CPython 3.11, Unicode 14.0.0).
#include <unicode/uchar.h>

#include <string>

#include "native.h"
#include "pyrt/object/import.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"

namespace pyrt {

namespace {

// The code point named `name` by Unicode (U_UNICODE_CHAR_NAME) or by a name alias
// (U_CHAR_NAME_ALIAS, which CPython's lookup also accepts); -1 when none is.
UChar32 code_point_named(const std::string& name) {
  for (UCharNameChoice choice : {U_UNICODE_CHAR_NAME, U_CHAR_NAME_ALIAS}) {
    UErrorCode status = U_ZERO_ERROR;
    UChar32 c = u_charFromName(choice, name.c_str(), &status);
    if (U_SUCCESS(status)) return c;
  }
  return -1;
}

// unicodedata.lookup(name): KeyError "undefined character name 'X'" when no character has it.
Object lookup(const CallArgs& args) {
  if (!is_str(args.args[0])) bad_argument("lookup", 0, "str", args.args[0]);
  std::string name(str_view(args.args[0]));
  UChar32 c = code_point_named(name);
  if (c < 0) raise_error(exc::KeyError, "undefined character name '" + name + "'");
  std::string out;
  utf8_append(out, static_cast<std::uint32_t>(c));
  return str_from(std::move(out));
}

// unicodedata.name(chr[, default]): ICU's names, which know Unicode 15.0's characters too;
// ValueError "no such name" for an unnamed character
// without a default.
Object name(const CallArgs& args) {
  const Object& ch = args.args[0];
  if (!is_str(ch) || len(ch) != 1) bad_argument("name", 1, "a unicode character", ch);
  std::string_view text = str_view(ch);
  std::size_t i = 0;
  UChar32 c = static_cast<UChar32>(utf8_decode(text, i));
  char buffer[256];
  UErrorCode status = U_ZERO_ERROR;
  int32_t n = u_charName(c, U_UNICODE_CHAR_NAME, buffer, sizeof buffer, &status);
  if (U_FAILURE(status) || n == 0) {
    if (args.npos > 1) return args.args[1];
    raise_error(exc::ValueError, "no such name");
  }
  return str_from(std::string(buffer, static_cast<std::size_t>(n)));
}

}  // namespace

Object native::make_unicodedata_module() {
  Object m = new_module("unicodedata");
  static const NativeFunctionDef functions[] = {
      {"lookup", lookup, 1, 1},
      {"name", name, 1, 2},
  };
  module_add_functions(m, functions);
  module_add(m, "unidata_version", str_from("14.0.0"));
  return m;
}

}  // namespace pyrt

void pystd_11unicodedata::register_module() { pyrt::register_module("unicodedata", pyrt::native::make_unicodedata_module); }
