// String literals: tree-sitter's string and concatenated_string -> CPython 3.11's Constant
// (str or bytes) or JoinedStr/FormattedValue for f-strings (Parser/string_parser.c,
// Parser/action_helpers.c _PyPegen_concatenate_strings). Escapes are decoded as
// Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal and
// Objects/bytesobject.c _PyBytes_DecodeEscape do.
#include <algorithm>
#include <cstdint>
#include <functional>

#include "base/unicode.h"
#include "parse/builder.h"

namespace py2cpp::parse {

using base::SourceLoc;

namespace {

struct Piece {
  TSNode node;
  bool raw = false, bytes = false, fstring = false, u = false;
  std::string quote;
  TSNode start{}, end{};
};

void append_utf8(std::string& out, std::uint32_t cp) {
  // Lone surrogates (from "\ud800") are kept as 3-byte sequences (WTF-8), as ast.h documents.
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The result of decoding one literal segment: the text, or an error message.
struct Decoded {
  std::string text;
  std::string error;
};

// Decodes backslash escapes of a non-raw str (bytes: `bytes` true) segment.
Decoded decode_escapes(std::string_view s, bool bytes) {
  Decoded d;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c != '\\' || i + 1 >= s.size()) {
      d.text += c;
      continue;
    }
    std::size_t start = i;
    char e = s[++i];
    switch (e) {
      case '\n': break;
      case '\\': d.text += '\\'; break;
      case '\'': d.text += '\''; break;
      case '"': d.text += '"'; break;
      case 'a': d.text += '\a'; break;
      case 'b': d.text += '\b'; break;
      case 'f': d.text += '\f'; break;
      case 'n': d.text += '\n'; break;
      case 'r': d.text += '\r'; break;
      case 't': d.text += '\t'; break;
      case 'v': d.text += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        std::uint32_t v = static_cast<std::uint32_t>(e - '0');
        for (int k = 0; k < 2 && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '7'; ++k) {
          v = v * 8 + static_cast<std::uint32_t>(s[++i] - '0');
        }
        if (bytes) {
          d.text += static_cast<char>(v & 0xFF);
        } else {
          append_utf8(d.text, v);
        }
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        if (bytes && e != 'x') {
          d.text += '\\';
          d.text += e;
          break;
        }
        int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        std::uint32_t v = 0;
        int k = 0;
        for (; k < digits && i + 1 < s.size() && hex_value(s[i + 1]) >= 0; ++k) v = v * 16 + hex_value(s[++i]);
        if (k < digits) {
          if (bytes) {
            d.error = base::diag_message(base::DiagKind::TruncatedBytesHexEscape, {std::to_string(start)});
          } else {
            std::string what = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
            d.error = base::diag_message(base::DiagKind::TruncatedEscape,
                                         {std::to_string(start), std::to_string(i), what});
          }
          return d;
        }
        if (bytes) {
          d.text += static_cast<char>(v);
        } else if (v > 0x10FFFF) {
          d.error = base::diag_message(base::DiagKind::IllegalUnicodeCharacter,
                                       {std::to_string(start), std::to_string(i)});
          return d;
        } else {
          append_utf8(d.text, v);
        }
        break;
      }
      case 'N': {
        if (bytes) {
          d.text += "\\N";
          break;
        }
        // Objects/unicodeobject.c: "\N{name}" looked up in the name database; a missing brace or
        // an empty name is "malformed", a name the database lacks "unknown".
        std::size_t close = i + 1 < s.size() && s[i + 1] == '{' ? s.find('}', i + 2) : std::string_view::npos;
        std::optional<std::uint32_t> cp;
        if (close != std::string_view::npos && close > i + 2) {
          cp = base::code_point_from_name(s.substr(i + 2, close - i - 2));
          if (!cp) {
            d.error = base::diag_message(base::DiagKind::UnknownUnicodeName,
                                         {std::to_string(start), std::to_string(close)});
            return d;
          }
        }
        if (!cp) {
          // CPython's error position ends where it stopped reading: after '{' (the string's
          // end if no '}' follows) or at the character after 'N'.
          std::size_t stop = i + 1 >= s.size() || s[i + 1] != '{' ? i
                             : close == std::string_view::npos   ? s.size() - 1
                                                                 : close - 1;
          d.error = base::diag_message(base::DiagKind::MalformedNameEscape,
                                       {std::to_string(start), std::to_string(stop)});
          return d;
        }
        append_utf8(d.text, *cp);
        i = close;
        break;
      }
      default:
        // Unknown escapes keep their backslash (a DeprecationWarning in CPython 3.11).
        d.text += '\\';
        d.text += e;
        break;
    }
  }
  return d;
}

// Whether an f-string replacement field's expression text has a '#' outside its string
// literals: Parser/string_parser.c fstring_find_expr rejects only those ('{"#"}' is fine).
bool has_comment_character(std::string_view e) {
  char quote = 0;
  bool triple = false;
  for (std::size_t i = 0; i < e.size(); ++i) {
    char c = e[i];
    if (quote) {
      if (c == quote && (!triple || (i + 2 < e.size() && e[i + 1] == quote && e[i + 2] == quote))) {
        if (triple) i += 2;
        quote = 0;
      }
    } else if (c == '\'' || c == '"') {
      quote = c;
      triple = i + 2 < e.size() && e[i + 1] == c && e[i + 2] == c;
      if (triple) i += 2;
    } else if (c == '#') {
      return true;
    }
  }
  return false;
}

}  // namespace

namespace {

struct StringBuilder {
  Builder& b;
  TSNode whole;
  std::vector<ast::ExprPtr> values;
  std::string pending;

  void flush() {
    if (pending.empty()) return;
    auto c = b.make<ast::Constant>(whole);
    c->value = ast::ConstantValue::str(std::move(pending));
    pending.clear();
    values.push_back(std::move(c));
  }
};

}  // namespace

// string: string_start (string_content | interpolation)* string_end
// concatenated_string: string string+
//   ->  Constant(str/bytes, kind='u' if the first piece has a u prefix), or for any f-string
//       piece JoinedStr(values) with adjacent literal text merged, every part located at the
//       whole concatenation (CPython 3.11's behaviour).
ast::ExprPtr Builder::strings(TSNode n) {
  std::vector<TSNode> nodes = is(n, "string") ? std::vector<TSNode>{n} : named_children(n);
  std::vector<Piece> pieces;
  for (TSNode s : nodes) {
    if (!is(s, "string")) invalid_syntax(s);
    Piece p;
    p.node = s;
    auto kids = children(s);
    if (kids.size() < 2 || !is(kids.front(), "string_start") || !is(kids.back(), "string_end")) invalid_syntax(s);
    p.start = kids.front();
    p.end = kids.back();
    std::string_view start_text = text(p.start);
    std::size_t q = start_text.find_first_of("'\"");
    if (q == std::string_view::npos) invalid_syntax(p.start);
    for (char c : start_text.substr(0, q)) {
      switch (c | 0x20) {
        case 'r': p.raw = true; break;
        case 'b': p.bytes = true; break;
        case 'f': p.fstring = true; break;
        case 'u': p.u = true; break;
        default: invalid_syntax(p.start);
      }
    }
    // Python's prefixes: r, u, b, f, and rb, br, fr, rf in any case (no u with others, no bf).
    if (q > 2 || (p.u && q > 1) || (p.bytes && p.fstring) || (q == 2 && !p.raw)) invalid_syntax(p.start);
    p.quote = std::string(start_text.substr(q));
    pieces.push_back(p);
  }
  if (pieces.empty()) invalid_syntax(n);
  bool any_bytes = false, any_str = false, any_f = false;
  for (const Piece& p : pieces) {
    (p.bytes ? any_bytes : any_str) = true;
    any_f = any_f || p.fstring;
  }
  if (any_bytes && any_str) fail({end(n), end(n)}, base::diag_message(base::DiagKind::CannotMixBytes));

  // Where a piece's text ends: before its closing quote. Not begin(string_end): for a raw string
  // whose content so far is only escaped backslashes (r'\\', rb'\\\\', rf'{x}\\'),
  // tree-sitter-python 0.23.6's scanner steps over them without marking content, so they end up
  // inside the string_end token.
  auto content_end = [&](const Piece& p) {
    SourceLoc e = end(p.end);
    return SourceLoc{e.line, e.col - static_cast<int>(p.quote.size())};
  };
  auto body_of = [&](const Piece& p) { return text(end(p.start), content_end(p)); };
  auto at_end = [&](const Piece& p) -> base::SourceRange { return {end(p.node), end(p.node)}; };
  auto decode = [&](const Piece& p, std::string_view raw_text) -> std::string {
    if (p.raw) return std::string(raw_text);
    Decoded d = decode_escapes(raw_text, p.bytes);
    if (!d.error.empty()) fail(at_end(p), d.error);
    return std::move(d.text);
  };

  if (any_bytes) {
    std::string value;
    for (const Piece& p : pieces) {
      std::string_view body = body_of(p);
      for (char c : body) {
        if (static_cast<unsigned char>(c) >= 0x80) fail(p.node, base::diag_message(base::DiagKind::BytesNonAscii));
      }
      value += decode(p, body);
    }
    auto c = make<ast::Constant>(n);
    c->value = ast::ConstantValue::bytes(std::move(value));
    return c;
  }
  if (!any_f) {
    std::string value;
    for (const Piece& p : pieces) value += decode(p, body_of(p));
    auto c = make<ast::Constant>(n);
    c->value = ast::ConstantValue::str(std::move(value));
    // emplace, not `= "u"`: g++ 12 warns -Wrestrict on the latter (GCC bug 105651).
    if (pieces.front().u) c->string_kind.emplace(1, 'u');
    return c;
  }

  StringBuilder sb{*this, n, {}, {}};
  // A literal part of an f-string: "{{" and "}}" are braces, a lone "}" is an error. Outside
  // raw strings an escape's text is kept whole, so the braces of "\N{NAME}" stay part of it
  // (Parser/string_parser.c fstring_find_literal).
  auto literal = [&](const Piece& p, std::string_view raw_text) {
    std::string unbraced;
    for (std::size_t i = 0; i < raw_text.size(); ++i) {
      char c = raw_text[i];
      if (c == '\\' && !p.raw && i + 1 < raw_text.size()) {
        std::size_t stop = i + 1;
        if (raw_text[i + 1] == 'N' && i + 2 < raw_text.size() && raw_text[i + 2] == '{') {
          stop = std::min(raw_text.find('}', i + 3), raw_text.size() - 1);
        }
        unbraced.append(raw_text, i, stop - i + 1);
        i = stop;
      } else if ((c == '{' || c == '}') && i + 1 < raw_text.size() && raw_text[i + 1] == c) {
        unbraced += c;
        ++i;
      } else if (c == '}') {
        fail(at_end(p), base::diag_message(base::DiagKind::FStringSingleBrace));
      } else {
        unbraced += c;
      }
    }
    return decode(p, unbraced);
  };

  // interpolation: '{' expression ['='] [type_conversion] [format_specifier] '}'
  //   ->  FormattedValue(value, conversion, format_spec); `{x=}` also adds the literal "x="
  // format_specifier: ':' (text | format_expression)*  ->  JoinedStr located at the piece
  std::function<ast::ExprPtr(const Piece&, TSNode, int, StringBuilder&)> interpolation;
  interpolation = [&](const Piece& p, TSNode node, int spec_depth, StringBuilder& out) -> ast::ExprPtr {
    auto kids = children(node);
    TSNode open{}, expression = field(node, "expression"), conversion = field(node, "type_conversion"),
           spec = field(node, "format_specifier"), after{};
    bool debug = false;
    for (std::size_t i = 0; i < kids.size(); ++i) {
      if (!ts_node_is_named(kids[i]) && type(kids[i]) == "{" && ts_node_is_null(open)) open = kids[i];
      if (!ts_node_is_named(kids[i]) && type(kids[i]) == "=") debug = true;
      if (!ts_node_is_null(expression) && ts_node_eq(kids[i], expression) && i + 1 < kids.size()) after = kids[i + 1];
    }
    if (ts_node_is_null(open) || ts_node_is_null(expression) || ts_node_is_null(after)) {
      fail(at_end(p), base::diag_message(base::DiagKind::FStringEmptyExpression));
    }
    std::string_view expr_text = text(end(open), begin(after));
    bool walrus_spec = type(expression) == "named_expression" && ts_node_is_null(spec) && !debug &&
                       ts_node_is_null(conversion);
    if (walrus_spec) {
      // `{x:=1}` is x with the format spec "=1" in 3.11: the walrus needs parentheses.
      expr_text = expr_text.substr(0, expr_text.find(':'));
    }
    if (expr_text.find('\\') != std::string_view::npos) fail(at_end(p), base::diag_message(base::DiagKind::FStringBackslash));
    if (has_comment_character(expr_text)) fail(at_end(p), base::diag_message(base::DiagKind::FStringComment));
    if (expr_text.find(p.quote) != std::string_view::npos) {
      fail(at_end(p), base::diag_message(base::DiagKind::FStringExpectingBrace));
    }
    if (debug) {
      TSNode stop = !ts_node_is_null(conversion) ? conversion : !ts_node_is_null(spec) ? spec : kids.back();
      out.pending += std::string(text(end(open), begin(stop)));
    }
    out.flush();
    auto fv = make<ast::FormattedValue>(n);
    std::string_view et = type(expression);
    if (et == "expression_list" || et == "pattern_list") {
      // CPython 3.11 parses the text as "(a, b)" with '(' in place of '{', so the Tuple's range
      // runs from '{' to one column past the expression text.
      auto t = collection(expression);
      SourceLoc e = begin(after);
      locate(*t, begin(open), {e.line, e.col + 1});
      fv->value = std::move(t);
    } else if (walrus_spec) {
      TSNode name = field(expression, "name");
      if (ts_node_is_null(name)) invalid_syntax(expression);
      fv->value = identifier(name);
      auto joined = make<ast::JoinedStr>(p.node);
      std::string_view rest = text(end(name), begin(after));
      std::string spec_text(rest.substr(rest.find(':') + 1));
      if (!spec_text.empty()) {
        auto c = make<ast::Constant>(n);
        c->value = ast::ConstantValue::str(literal(p, spec_text));
        joined->values.push_back(std::move(c));
      }
      fv->format_spec = std::move(joined);
    } else if (et == "lambda" || et == "named_expression") {
      // CPython 3.11 ends the expression at a top-level ':' (the format spec starts there).
      fail(at_end(p), base::diag_message(base::DiagKind::FStringInvalidSyntax));
    } else if (et == "yield") {
      fv->value = yield(expression);
    } else {
      fv->value = named_expr(expression);
    }
    if (!ts_node_is_null(conversion)) {
      std::string_view c = text(conversion);
      if (c.size() != 2 || (c[1] != 's' && c[1] != 'r' && c[1] != 'a')) {
        fail(at_end(p), base::diag_message(base::DiagKind::FStringInvalidConversion));
      }
      fv->conversion = c[1];
    } else if (debug && ts_node_is_null(spec)) {
      fv->conversion = 'r';
    }
    if (!ts_node_is_null(spec)) {
      if (spec_depth >= 1) {
        for (TSNode k : named_children(spec)) {
          if (is(k, "format_expression")) fail(at_end(p), base::diag_message(base::DiagKind::FStringTooDeep));
        }
      }
      StringBuilder inner{*this, n, {}, {}};
      auto spec_kids = children(spec);
      if (spec_kids.empty()) invalid_syntax(spec);
      SourceLoc cursor = end(spec_kids.front());  // after ':'
      for (TSNode k : spec_kids) {
        if (!is(k, "format_expression")) continue;
        inner.pending += literal(p, text(cursor, begin(k)));
        inner.values.push_back(interpolation(p, k, spec_depth + 1, inner));
        cursor = end(k);
      }
      inner.pending += literal(p, text(cursor, end(spec)));
      inner.flush();
      auto joined = make<ast::JoinedStr>(p.node);
      joined->values = std::move(inner.values);
      fv->format_spec = std::move(joined);
    }
    return fv;
  };

  for (const Piece& p : pieces) {
    if (!p.fstring) {
      sb.pending += decode(p, body_of(p));
      continue;
    }
    SourceLoc cursor = end(p.start);
    for (TSNode k : children(p.node)) {
      if (!is(k, "interpolation")) continue;
      sb.pending += literal(p, text(cursor, begin(k)));
      sb.values.push_back(interpolation(p, k, 0, sb));
      cursor = end(k);
    }
    sb.pending += literal(p, text(cursor, content_end(p)));
  }
  sb.flush();
  auto joined = make<ast::JoinedStr>(n);
  joined->values = std::move(sb.values);
  return joined;
}

}  // namespace py2cpp::parse
