// Number literals: tree-sitter's integer and float tokens -> Constant(int | float | complex),
// checked against Python's lexical rules (Doc/reference/lexical_analysis.rst "Numeric
// literals"; errors worded as Parser/tokenizer.c words them).
#include <charconv>
#include <cstdint>
#include <cstdlib>

#include "parse/builder.h"

namespace py2cpp::parse {

namespace {

bool is_digit_in(char c, int base) {
  if (base == 2) return c == '0' || c == '1';
  if (base == 8) return c >= '0' && c <= '7';
  if (base == 10) return c >= '0' && c <= '9';
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// digitpart: digit (['_'] digit)*, read from s[i]; returns the end or npos if malformed.
std::size_t digit_part(std::string_view s, std::size_t i, int base) {
  if (i >= s.size() || !is_digit_in(s[i], base)) return std::string_view::npos;
  ++i;
  while (i < s.size()) {
    if (s[i] == '_') {
      if (i + 1 >= s.size() || !is_digit_in(s[i + 1], base)) return std::string_view::npos;
      i += 2;
    } else if (is_digit_in(s[i], base)) {
      ++i;
    } else {
      break;
    }
  }
  return i;
}

// Checks a decimal float or imaginary literal body; returns whether it is well formed.
bool valid_decimal(std::string_view s) {
  std::size_t i = 0;
  bool digits_before = false;
  if (i < s.size() && s[i] != '.') {
    i = digit_part(s, i, 10);
    if (i == std::string_view::npos) return false;
    digits_before = true;
  }
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (i < s.size() && is_digit_in(s[i], 10)) {
      i = digit_part(s, i, 10);
      if (i == std::string_view::npos) return false;
    } else if (!digits_before) {
      return false;
    }
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    i = digit_part(s, i, 10);
    if (i == std::string_view::npos) return false;
  }
  return i == s.size();
}

std::string without_underscores(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != '_') out += c;
  }
  return out;
}

// Decimal digits of the value of `digits` (no underscores) in `base`.
std::string to_decimal(const std::string& digits, int base) {
  std::vector<std::uint32_t> limbs{0};  // little-endian, base 1e9
  for (char c : digits) {
    std::uint32_t d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    std::uint64_t carry = d;
    for (auto& limb : limbs) {
      std::uint64_t v = static_cast<std::uint64_t>(limb) * static_cast<std::uint64_t>(base) + carry;
      limb = static_cast<std::uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    while (carry) {
      limbs.push_back(static_cast<std::uint32_t>(carry % 1000000000u));
      carry /= 1000000000u;
    }
  }
  std::string out = std::to_string(limbs.back());
  for (std::size_t i = limbs.size() - 1; i-- > 0;) {
    std::string part = std::to_string(limbs[i]);
    out += std::string(9 - part.size(), '0') + part;
  }
  return out;
}

double to_double(const std::string& s) {
  double v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec == std::errc::result_out_of_range) return std::strtod(s.c_str(), nullptr);  // inf or 0.0, as Python
  (void)ptr;
  return v;
}

}  // namespace

// integer | float  ->  Constant(value=int | float | complex)
ast::ExprPtr Builder::number(TSNode n) {
  std::string_view s = text(n);
  auto c = make<ast::Constant>(n);
  if (s.empty()) invalid_syntax(n);
  char last = s.back();
  if (last == 'l' || last == 'L') fail(n, base::diag_message(base::DiagKind::InvalidDecimalLiteral));  // Python 2's long suffix
  if (s.size() > 2 && s[0] == '0' && std::string_view("xXoObB").find(s[1]) != std::string_view::npos) {
    int base = (s[1] | 0x20) == 'x' ? 16 : (s[1] | 0x20) == 'o' ? 8 : 2;
    const char* what = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
    std::size_t i = 2;
    if (i < s.size() && s[i] == '_') ++i;
    if (digit_part(s, i, base) != s.size()) fail(n, base::diag_message(base::DiagKind::InvalidNumberLiteral, {what}));
    c->value = ast::ConstantValue::integer(to_decimal(without_underscores(s.substr(2)), base));
    return c;
  }
  bool imaginary = last == 'j' || last == 'J';
  std::string_view body = imaginary ? s.substr(0, s.size() - 1) : s;
  bool is_int = body.find_first_of(".eE") == std::string_view::npos;
  if (is_int && !imaginary) {
    if (digit_part(body, 0, 10) != body.size()) fail(n, base::diag_message(base::DiagKind::InvalidDecimalLiteral));
    std::string digits = without_underscores(body);
    std::size_t nonzero = digits.find_first_not_of('0');
    if (nonzero == std::string::npos) {
      c->value = ast::ConstantValue::integer("0");
      return c;
    }
    if (nonzero > 0) {
      fail(n, base::diag_message(base::DiagKind::LeadingZeros));
    }
    if (digits.size() > 4300) {
      fail(n, base::diag_message(base::DiagKind::IntTooLarge, {std::to_string(digits.size())}));
    }
    c->value = ast::ConstantValue::integer(digits);
    return c;
  }
  if (!valid_decimal(body)) fail(n, base::diag_message(base::DiagKind::InvalidDecimalLiteral));
  double v = to_double(without_underscores(body));
  c->value = imaginary ? ast::ConstantValue::imaginary(v) : ast::ConstantValue::floating(v);
  return c;
}

}  // namespace py2cpp::parse
