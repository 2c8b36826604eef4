// The native module `_string` (Objects/unicodeobject.c's _string module over
// Objects/stringlib/unicode_format.h of CPython 3.11): the parsers of str.format's grammar that
// string.Formatter (translated from CPython's Lib) builds on. Their errors come while iterating,
// as CPython's MarkupIterator and FieldNameIterator raise them.
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "../object/internal.h"
#include "native.h"
#include "pyrt/object/import.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

// A part of the parsed string: [start, end) in bytes of its UTF-8, or none (None in Python).
struct SubString {
  bool present = false;
  std::size_t start = 0;
  std::size_t end = 0;
};

Object substring_object(const Object& text, const SubString& s) {
  if (!s.present) return kNone;
  return str_from(str_view(text).substr(s.start, s.end - s.start));
}

// get_integer: the value of a field name made only of decimal digits, -1 for any other
// (the empty one included); ValueError past Py_ssize_t.
std::int64_t get_integer(std::string_view s) {
  if (s.empty()) return -1;
  std::int64_t value = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    int digit = c - '0';
    if (value > (std::numeric_limits<std::int64_t>::max() - digit) / 10) {
      raise_error(exc::ValueError, "Too many decimal digits in format string");
    }
    value = value * 10 + digit;
  }
  return value;
}

TypeObject* formatter_iterator_type();
TypeObject* field_name_iterator_type();

/// formatteriterator: MarkupIterator_next over a str, yielding (literal, field_name,
/// format_spec, conversion) with None for what is absent.
struct FormatterIterator final : detail::NativeIterator {
  explicit FormatterIterator(Object text) : NativeIterator(formatter_iterator_type()), text(std::move(text)) {}
  Object text;
  std::size_t pos = 0;

  bool next(Object& out) override;

 private:
  char at(std::size_t i) const { return str_view(text)[i]; }
  std::size_t size() const { return str_view(text).size(); }
  void parse_field(SubString& field_name, SubString& format_spec, char& conversion);
};

// parse_field: the field name up to ':', '!' or '}' (brackets may hold them), then an optional
// conversion and a format spec up to the '}' that balances the field's '{'.
void FormatterIterator::parse_field(SubString& field_name, SubString& format_spec, char& conversion) {
  char c = '\0';
  field_name = {true, pos, pos};
  while (pos < size()) {
    c = at(pos++);
    if (c == '{') raise_error(exc::ValueError, "unexpected '{' in field name");
    if (c == '[') {
      while (pos < size() && at(pos) != ']') ++pos;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  field_name.end = pos - 1;
  if (c != '!' && c != ':') {
    if (c != '}') raise_error(exc::ValueError, "expected '}' before end of string");
    return;
  }
  if (c == '!') {
    if (pos >= size()) raise_error(exc::ValueError, "end of string while looking for conversion specifier");
    conversion = at(pos++);
    if (pos < size()) {
      c = at(pos++);
      if (c == '}') return;
      if (c != ':') raise_error(exc::ValueError, "expected ':' after conversion specifier");
    }
  }
  format_spec = {true, pos, pos};
  int count = 1;
  while (pos < size()) {
    c = at(pos++);
    if (c == '{') ++count;
    if (c == '}' && --count == 0) {
      format_spec.end = pos - 1;
      return;
    }
  }
  raise_error(exc::ValueError, "unmatched '{' in format spec");
}

// MarkupIterator_next: literal text up to a '{' or '}' ("{{" and "}}" give one brace and no
// field), then the field that follows.
bool FormatterIterator::next(Object& out) {
  if (pos >= size()) return false;
  std::size_t start = pos;
  char c = '\0';
  bool markup_follows = false;
  while (pos < size()) {
    c = at(pos++);
    if (c == '{' || c == '}') {
      markup_follows = true;
      break;
    }
  }
  bool at_end = pos >= size();
  std::size_t len = pos - start;
  if (c == '}' && (at_end || at(pos) != c)) raise_error(exc::ValueError, "Single '}' encountered in format string");
  if (at_end && c == '{') raise_error(exc::ValueError, "Single '{' encountered in format string");
  if (!at_end) {
    if (at(pos) == c) {
      ++pos;
      markup_follows = false;
    } else {
      --len;
    }
  }
  SubString literal{true, start, start + len};
  SubString field_name;
  SubString format_spec;
  char conversion = '\0';
  if (markup_follows) {
    parse_field(field_name, format_spec, conversion);
    format_spec.present = true;  // a field always has a spec, "" when it wrote none
  }
  out = tuple_of({substring_object(text, literal), substring_object(text, field_name),
                  substring_object(text, format_spec),
                  conversion == '\0' ? kNone : str_from(std::string(1, conversion))});
  return true;
}

/// fieldnameiterator: FieldNameIterator_next over what follows a field name's first part,
/// yielding (is_attribute, name) with an int name for an all-digit index.
struct FieldNameIterator final : detail::NativeIterator {
  FieldNameIterator(Object text, std::size_t pos)
      : NativeIterator(field_name_iterator_type()), text(std::move(text)), pos(pos) {}
  Object text;
  std::size_t pos;

  bool next(Object& out) override {
    std::string_view s = str_view(text);
    if (pos >= s.size()) return false;
    char c = s[pos++];
    if (c != '.' && c != '[') raise_error(exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    bool is_attribute = c == '.';
    std::size_t start = pos;
    std::size_t end;
    if (is_attribute) {
      while (pos < s.size() && s[pos] != '.' && s[pos] != '[') ++pos;
      end = pos;
    } else {
      while (pos < s.size() && s[pos] != ']') ++pos;
      if (pos >= s.size()) raise_error(exc::ValueError, "Missing ']' in format string");
      end = pos++;
    }
    std::string_view name = s.substr(start, end - start);
    std::int64_t index = is_attribute ? -1 : get_integer(name);
    if (name.empty()) raise_error(exc::ValueError, "Empty attribute in format string");
    out = tuple_of({Object::from_bool(is_attribute), index != -1 ? Object::from_int(index) : str_from(name)});
    return true;
  }
};

TypeObject* formatter_iterator_type() {
  static TypeObject* const t = detail::iterator_type("formatteriterator", false);
  return t;
}

TypeObject* field_name_iterator_type() {
  static TypeObject* const t = detail::iterator_type("fieldnameiterator", false);
  return t;
}

// The argument of both functions: a str, else "expected str, got TYPE".
const Object& str_argument(const CallArgs& args) {
  const Object& s = args.args[0];
  if (!is_str(s)) detail::type_error("expected str, got " + type_name_text(s));
  return s;
}

// formatter_parser(str): the iterator of the string's literal texts and fields.
Object formatter_parser(const CallArgs& args) { return make<FormatterIterator>(str_argument(args)); }

// formatter_field_name_split(str): (first, rest) where first is the part before any '.' or
// '[' (an int when all digits) and rest iterates the attribute and index accessors.
Object formatter_field_name_split(const CallArgs& args) {
  const Object& s = str_argument(args);
  std::string_view text = str_view(s);
  std::size_t i = 0;
  while (i < text.size() && text[i] != '.' && text[i] != '[') ++i;
  std::string_view first = text.substr(0, i);
  std::int64_t index = get_integer(first);
  Object first_obj = index != -1 ? Object::from_int(index) : str_from(first);
  return tuple_of({first_obj, make<FieldNameIterator>(s, i)});
}

}  // namespace

Object native::make_string_module() {
  Object m = new_module("_string");
  static const NativeFunctionDef functions[] = {
      {"formatter_field_name_split", formatter_field_name_split, 1, 1},
      {"formatter_parser", formatter_parser, 1, 1},
  };
  module_add_functions(m, functions);
  return m;
}

}  // namespace pyrt

void pystd_7_string::register_module() { pyrt::register_module("_string", pyrt::native::make_string_module); }
