// str: UTF-8 text with cached code-point length, the intern table, CPython's
// siphash13 string hash, repr quoting and the str methods. Mirrors CPython's
// Objects/unicodeobject.c and Python/pyhash.c.
#include "pyrt/object/str.h"

#include <algorithm>
#include <clocale>
#include <cstdio>
#include <cstring>
#include <cwctype>
#include <cerrno>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <vector>

#include "bytes_methods.h"
#include "pyrt/object/buffer.h"
#include "internal.h"
#include "native_subclass.h"
#include "pyrt/object/bytearray.h"
#include "pyrt/object/codecs.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/format.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/list.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/subclassing.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"
#include "unicode_ctype.h"

namespace pyrt {

using detail::type_error;
using detail::value_error;

// ---- UTF-8 ---------------------------------------------------------------------------

std::uint32_t utf8_decode(std::string_view s, std::size_t& i) noexcept {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  std::uint32_t cp = c & (0x3F >> n);
  ++i;
  for (int k = 0; k < n && i < s.size(); ++k, ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return cp;
}

void utf8_append(std::string& out, std::uint32_t cp) {
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

namespace {

std::vector<std::uint32_t> decode_all(std::string_view s) {
  std::vector<std::uint32_t> out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) out.push_back(utf8_decode(s, i));
  return out;
}

std::string encode_range(const std::uint32_t* p, std::size_t n) {
  std::string out;
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) utf8_append(out, p[i]);
  return out;
}

std::int64_t count_code_points(std::string_view s, bool& ascii) {
  std::int64_t n = 0;
  ascii = true;
  for (unsigned char c : s) {
    if (c >= 0x80) ascii = false;
    if ((c & 0xC0) != 0x80) ++n;
  }
  return n;
}

// Single ASCII characters are shared, as CPython shares its latin-1 singletons.
Object& ascii_char(unsigned char c) {
  static Object table[128];
  Object& slot = table[c];
  if (slot.is_unbound()) {
    slot = make<StrObject>(std::string(1, static_cast<char>(c)), 1, true);
    ++slot.heap()->refcnt;
  }
  return slot;
}

void ensure_ctype_locale() {
  static bool done = false;
  if (!done) {
    done = true;
    if (!std::setlocale(LC_CTYPE, "C.UTF-8")) std::setlocale(LC_CTYPE, "C.utf8");
  }
}

bool cp_isspace(std::uint32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

bool cp_isalpha(std::uint32_t c) {
  if (c < 0x80) return (c | 32) >= 'a' && (c | 32) <= 'z';
  ensure_ctype_locale();
  return std::iswalpha(static_cast<wint_t>(c)) != 0;
}

bool cp_isdigit(std::uint32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return (c >= 0x660 && c <= 0x669) || (c >= 0x6F0 && c <= 0x6F9) || (c >= 0x966 && c <= 0x96F) ||
         (c >= 0xFF10 && c <= 0xFF19) || c == 0xB2 || c == 0xB3 || c == 0xB9;
}

bool cp_isdecimal(std::uint32_t c) { return cp_isdigit(c) && c != 0xB2 && c != 0xB3 && c != 0xB9; }

bool cp_isprintable(std::uint32_t c) { return detail::is_printable(c); }

struct InternTable {
  std::unordered_map<std::string_view, StrObject*> map;
};

InternTable& intern_table() {
  static auto* t = new InternTable();  // never destroyed: interned strs are immortal
  return *t;
}

StrObject* as_s(const Object& x) { return static_cast<StrObject*>(x.heap()); }

}  // namespace

// ---- construction -----------------------------------------------------------------------

StrObject::StrObject(std::string text, std::int64_t len, bool is_ascii)
    : HeapObject(types::str), data(std::move(text)), length(len), ascii(is_ascii) {}
StrObject::StrObject(TypeObject* type) : HeapObject(type), length(0), ascii(true) {}

Object str_from(std::string_view utf8) {
  if (utf8.size() == 1 && static_cast<unsigned char>(utf8[0]) < 0x80) return ascii_char(utf8[0]);
  bool ascii;
  std::int64_t n = count_code_points(utf8, ascii);
  return make<StrObject>(std::string(utf8), n, ascii);
}

Object str_from(std::string&& utf8) {
  if (utf8.size() == 1 && static_cast<unsigned char>(utf8[0]) < 0x80) return ascii_char(utf8[0]);
  bool ascii;
  std::int64_t n = count_code_points(utf8, ascii);
  return make<StrObject>(std::move(utf8), n, ascii);
}

Object str_from(const char* utf8) { return str_from(std::string_view(utf8)); }

Object intern(std::string_view text) {
  auto& t = intern_table();
  auto it = t.map.find(text);
  if (it != t.map.end()) return Object(it->second);
  bool ascii;
  std::int64_t n = count_code_points(text, ascii);
  auto* s = new StrObject(std::string(text), n, ascii);
  s->interned = true;
  ++s->refcnt;  // owned by the table forever
  t.map.emplace(std::string_view(s->data), s);
  return Object(s);
}

bool is_str(const Object& x) noexcept { return x.is_heap() && x.heap()->type->solid == types::str; }

std::string_view str_view(const Object& x) { return as_s(x)->data; }

bool str_equal(const Object& a, const Object& b) noexcept {
  if (a.heap() == b.heap()) return true;
  StrObject* x = as_s(a);
  StrObject* y = as_s(b);
  if (x->interned && y->interned) return false;
  return x->data == y->data;
}

Object str_char_at(const Object& s, std::int64_t index) {
  StrObject* so = as_s(s);
  if (so->ascii) return ascii_char(static_cast<unsigned char>(so->data[static_cast<std::size_t>(index)]));
  std::size_t i = 0;
  for (std::int64_t k = 0; k < index; ++k) utf8_decode(so->data, i);
  std::size_t start = i;
  utf8_decode(so->data, i);
  return str_from(std::string_view(so->data).substr(start, i - start));
}

Object str_concat(const Object& a, const Object& b) {
  StrObject* x = as_s(a);
  StrObject* y = as_s(b);
  // An operand is the result only when it is an exact str: a subclass's instance is never
  // returned for it (unicode_concat's unicode_result_unchanged).
  if (y->data.empty() && a.type() == types::str) return a;
  if (x->data.empty() && b.type() == types::str) return b;
  std::string out;
  out.reserve(x->data.size() + y->data.size());
  out += x->data;
  out += y->data;
  return make<StrObject>(std::move(out), x->length + y->length, x->ascii && y->ascii);
}

Object str_join(const Object& sep, const Object& iterable) {
  std::string out;
  std::string_view s = str_view(sep);
  std::size_t i = 0;
  auto add = [&](const Object& x) {
    if (!is_str(x)) {
      type_error("sequence item " + std::to_string(i) + ": expected str instance, " + type_name_text(x) + " found");
    }
    if (i) out += s;
    out += str_view(x);
    ++i;
  };
  if (is_list(iterable) || is_tuple(iterable)) {
    const auto& items = is_list(iterable) ? list_items(iterable) : tuple_items(iterable);
    for (std::size_t k = 0; k < items.size(); ++k) add(items[k]);
  } else {
    Object it = iter(iterable);
    Object x;
    while (next(it, x)) add(x);
  }
  return str_from(std::move(out));
}

// ---- repr ------------------------------------------------------------------------------------

namespace {

std::string escape_text(std::string_view utf8, bool only_ascii) {
  bool has_single = utf8.find('\'') != std::string_view::npos;
  bool has_double = utf8.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out;
  out.reserve(utf8.size() + 2);
  out += quote;
  for (std::size_t i = 0; i < utf8.size();) {
    std::size_t start = i;
    std::uint32_t c = utf8_decode(utf8, i);
    char buf[16];
    if (c == static_cast<std::uint32_t>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (!only_ascii && cp_isprintable(c)) {
      out.append(utf8.substr(start, i - start));
    } else {
      if (c < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", c);
      else if (c < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", c);
      else std::snprintf(buf, sizeof buf, "\\U%08x", c);
      out += buf;
    }
  }
  out += quote;
  return out;
}

}  // namespace

std::string str_repr_text(std::string_view utf8) { return escape_text(utf8, false); }
std::string str_ascii_text(std::string_view utf8) { return escape_text(utf8, true); }

// ---- hashing ------------------------------------------------------------------------------------

namespace {

inline std::uint64_t rotl(std::uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

#define PYRT_HALF_ROUND(a, b, c, d, s, t) \
  a += b;                                 \
  c += d;                                 \
  b = rotl(b, s) ^ a;                     \
  d = rotl(d, t) ^ c;                     \
  a = rotl(a, 32);

#define PYRT_SINGLE_ROUND(v0, v1, v2, v3)   \
  PYRT_HALF_ROUND(v0, v1, v2, v3, 13, 16); \
  PYRT_HALF_ROUND(v2, v1, v0, v3, 17, 21);

}  // namespace

std::uint64_t siphash13(std::uint64_t k0, std::uint64_t k1, const void* src, std::size_t src_sz) noexcept {
  std::uint64_t b = static_cast<std::uint64_t>(src_sz) << 56;
  const auto* in = static_cast<const std::uint8_t*>(src);
  std::uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
  std::uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
  std::uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
  std::uint64_t v3 = k1 ^ 0x7465646279746573ULL;
  while (src_sz >= 8) {
    std::uint64_t mi;
    std::memcpy(&mi, in, sizeof mi);
    in += 8;
    src_sz -= 8;
    v3 ^= mi;
    PYRT_SINGLE_ROUND(v0, v1, v2, v3);
    v0 ^= mi;
  }
  std::uint64_t t = 0;
  std::memcpy(&t, in, src_sz);
  b |= t;
  v3 ^= b;
  PYRT_SINGLE_ROUND(v0, v1, v2, v3);
  v0 ^= b;
  v2 ^= 0xff;
  PYRT_SINGLE_ROUND(v0, v1, v2, v3);
  PYRT_SINGLE_ROUND(v0, v1, v2, v3);
  PYRT_SINGLE_ROUND(v0, v1, v2, v3);
  return (v0 ^ v1) ^ (v2 ^ v3);
}

#undef PYRT_SINGLE_ROUND
#undef PYRT_HALF_ROUND

namespace {

struct HashKey {
  std::uint64_t k0 = 0, k1 = 0;
};

// _Py_HashRandomization_Init: PYTHONHASHSEED=N (0 < N < 2**32) fills the secret with
// lcg_urandom(N) (Python/bootstrap_hash.c), of which siphash uses the first 16 bytes; 0 zeroes
// it. Unset or "random" makes CPython's hashes differ per run; pyrt's stay those of seed 0,
// one of the orders CPython can print.
HashKey read_hash_key() {
  HashKey key;
  const char* seed = std::getenv("PYTHONHASHSEED");
  if (seed == nullptr || *seed == '\0' || std::strcmp(seed, "random") == 0) return key;
  char* end = nullptr;
  errno = 0;
  unsigned long long value = std::strtoull(seed, &end, 10);
  if (*end != '\0' || errno != 0 || value > 4294967295ULL || *seed == '-') {
    std::fputs("Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an integer in "
               "range [0; 4294967295]\nPython runtime state: preinitialized\n\n",
               stderr);
    std::exit(1);
  }
  if (value == 0) return key;
  unsigned char secret[16];
  auto x = static_cast<std::uint32_t>(value);
  for (unsigned char& byte : secret) {
    x = x * 214013U + 2531011U;
    byte = static_cast<unsigned char>((x >> 16) & 0xff);
  }
  std::memcpy(&key.k0, secret, 8);
  std::memcpy(&key.k1, secret + 8, 8);
  return key;
}

}  // namespace

std::int64_t hash_bytes(const void* data, std::size_t len) noexcept {
  if (len == 0) return 0;
  static const HashKey key = read_hash_key();
  auto x = static_cast<std::int64_t>(siphash13(key.k0, key.k1, data, len));
  return x == -1 ? -2 : x;
}

std::int64_t str_hash(StrObject* s) noexcept {
  if (s->hash_cache != -1) return s->hash_cache;
  std::int64_t h;
  if (s->ascii) {
    h = hash_bytes(s->data.data(), s->data.size());
  } else {
    // CPython hashes the canonical 1/2/4-byte-per-character form.
    std::vector<std::uint32_t> cps = decode_all(s->data);
    std::uint32_t maxc = 0;
    for (auto c : cps) maxc = c > maxc ? c : maxc;
    if (maxc < 0x100) {
      std::vector<std::uint8_t> v(cps.begin(), cps.end());
      h = hash_bytes(v.data(), v.size());
    } else if (maxc < 0x10000) {
      std::vector<std::uint16_t> v(cps.begin(), cps.end());
      h = hash_bytes(v.data(), v.size() * 2);
    } else {
      h = hash_bytes(cps.data(), cps.size() * 4);
    }
  }
  s->hash_cache = h;
  return h;
}

// ---- the protocol ----------------------------------------------------------------------------------

Object StrObject::repr() { return str_from(str_repr_text(data)); }
// unicode_str: the object itself, or for a subclass's instance a plain str with its text.
Object StrObject::str() { return type == types::str ? Object(this) : make<StrObject>(data, length, ascii); }
std::int64_t StrObject::hash() { return str_hash(this); }

Object StrObject::richcompare(const Object& other, CmpOp op) {
  if (!is_str(other)) return Object();
  int c = data.compare(as_s(other)->data);  // UTF-8 byte order is code-point order
  return detail::richcompare_result(c, op);
}

namespace {

struct StrIterator final : detail::NativeIterator {
  StrIterator(Object s, bool ascii)
      : NativeIterator(ascii ? ascii_type() : unicode_type()), s(std::move(s)) {}
  static TypeObject* ascii_type() {
    static TypeObject* t = detail::iterator_type("str_ascii_iterator");
    return t;
  }
  static TypeObject* unicode_type() {
    static TypeObject* t = detail::iterator_type("str_iterator");
    return t;
  }
  Object s;
  std::size_t pos = 0;
  bool next(Object& out) override {
    if (s.is_unbound()) return false;
    StrObject* so = as_s(s);
    if (pos >= so->data.size()) {
      s = Object();
      return false;
    }
    if (so->ascii) {
      out = ascii_char(static_cast<unsigned char>(so->data[pos++]));
      return true;
    }
    std::size_t start = pos;
    utf8_decode(so->data, pos);
    out = str_from(std::string_view(so->data).substr(start, pos - start));
    return true;
  }
  // The code points left: UTF-8 lead bytes from `pos` on.
  std::int64_t length_hint() override {
    if (s.is_unbound()) return 0;
    std::string_view rest = std::string_view(as_s(s)->data).substr(pos);
    std::int64_t n = 0;
    for (unsigned char c : rest) n += (c & 0xC0) != 0x80;
    return n;
  }
};

// Byte offset of code point `index` in `s` (index <= length).
std::size_t byte_offset(StrObject* s, std::int64_t index) {
  if (s->ascii) return static_cast<std::size_t>(index);
  std::size_t i = 0;
  for (std::int64_t k = 0; k < index && i < s->data.size(); ++k) utf8_decode(s->data, i);
  return i;
}

Object str_slice(StrObject* s, std::int64_t start, std::int64_t stop, std::int64_t step, std::int64_t n) {
  if (step == 1) {
    if (n <= 0) return str_from(std::string_view());
    std::size_t b = byte_offset(s, start);
    std::size_t e = s->ascii ? static_cast<std::size_t>(stop) : byte_offset(s, stop);
    return str_from(std::string_view(s->data).substr(b, e - b));
  }
  std::string out;
  if (s->ascii) {
    for (std::int64_t k = 0, i = start; k < n; ++k, i += step) out += s->data[static_cast<std::size_t>(i)];
  } else {
    std::vector<std::uint32_t> cps = decode_all(s->data);
    for (std::int64_t k = 0, i = start; k < n; ++k, i += step) utf8_append(out, cps[static_cast<std::size_t>(i)]);
  }
  return str_from(std::move(out));
}

}  // namespace

Object StrObject::iter() { return make<StrIterator>(Object(this), ascii); }
std::int64_t StrObject::len() { return length; }

Object StrObject::getitem(const Object& key) {
  if (is_slice(key)) {
    std::int64_t start, stop, step;
    std::int64_t n = slice_indices(key, length, start, stop, step);
    return str_slice(this, start, stop, step, n);
  }
  if (!is_int(key) && key.type()->lookup(detail::names::index).is_unbound()) {
    type_error("string indices must be integers, not '" + type_name_text(key) + "'");
  }
  std::int64_t i = sequence_index(key, length, "string");
  return str_char_at(Object(this), i);
}

Object StrObject::contains(const Object& item) {
  if (!is_str(item)) type_error("'in <string>' requires string as left operand, not " + type_name_text(item));
  return Object::from_bool(data.find(as_s(item)->data) != std::string::npos);
}

Object StrObject::truthy() { return Object::from_bool(!data.empty()); }

Object StrObject::binop(BinaryOp op, const Object& other, bool reflected) {
  if (op == BinaryOp::Add && !reflected && is_str(other)) return str_concat(Object(this), other);
  if (op == BinaryOp::Mult && is_int(other)) {
    std::int64_t n;
    if (!int_to_int64(other, n)) raise_error(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
    if (n <= 0 || data.empty()) return str_from(std::string_view());
    if (n == 1) return StrObject::str();
    std::string out;
    out.reserve(data.size() * static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) out += data;
    return make<StrObject>(std::move(out), length * n, ascii);
  }
  if (op == BinaryOp::Mod && !reflected) return detail::str_percent_format(Object(this), other);
  return Object();
}

// ---- methods ---------------------------------------------------------------------------------------------

namespace {

struct Cps {
  explicit Cps(const Object& s) : so(as_s(s)) {
    if (!so->ascii) cps = decode_all(so->data);
  }
  StrObject* so;
  std::vector<std::uint32_t> cps;
  std::size_t size() const { return so->ascii ? so->data.size() : cps.size(); }
  std::uint32_t operator[](std::size_t i) const {
    return so->ascii ? static_cast<unsigned char>(so->data[i]) : cps[i];
  }
  Object sub(std::size_t b, std::size_t e) const {
    if (so->ascii) return str_from(std::string_view(so->data).substr(b, e - b));
    return str_from(encode_range(cps.data() + b, e - b));
  }
};

std::int64_t arg_int(const Object& x, std::int64_t fallback) {
  if (x.is_unbound() || x.is_none()) return fallback;
  return index_value(x);
}

// Resolves the optional [start, end] arguments of find/count/startswith
// against length `n`, as ADJUST_INDICES does.
void adjust(const Object& start, const Object& end, std::int64_t n, std::int64_t& b, std::int64_t& e) {
  b = arg_int(start, 0);
  e = arg_int(end, n);
  if (e > n) e = n;
  else if (e < 0) {
    e += n;
    if (e < 0) e = 0;
  }
  if (b < 0) {
    b += n;
    if (b < 0) b = 0;
  }
}

// Searches code points [b, e) of `s` for `sub`; returns the code-point index.
std::int64_t find_in(const Cps& s, const Cps& sub, std::int64_t b, std::int64_t e, bool reverse) {
  auto m = static_cast<std::int64_t>(sub.size());
  if (e - b < m) return -1;
  if (!reverse) {
    for (std::int64_t i = b; i + m <= e; ++i) {
      std::int64_t k = 0;
      while (k < m && s[static_cast<std::size_t>(i + k)] == sub[static_cast<std::size_t>(k)]) ++k;
      if (k == m) return i;
    }
  } else {
    for (std::int64_t i = e - m; i >= b; --i) {
      std::int64_t k = 0;
      while (k < m && s[static_cast<std::size_t>(i + k)] == sub[static_cast<std::size_t>(k)]) ++k;
      if (k == m) return i;
    }
  }
  return -1;
}

Object find_impl(const Object& self, const CallArgs& args, const char* name, bool reverse, bool raise) {
  check_nargs(args, name, 1, 3);
  if (!is_str(args.args[0])) type_error("must be str, not " + type_name_text(args.args[0]));
  Cps s(self), sub(args.args[0]);
  std::int64_t b, e;
  adjust(args.npos > 1 ? args.args[1] : Object(), args.npos > 2 ? args.args[2] : Object(),
         static_cast<std::int64_t>(s.size()), b, e);
  std::int64_t r = b > static_cast<std::int64_t>(s.size()) ? -1 : find_in(s, sub, b, e, reverse);
  if (r < 0 && raise) value_error("substring not found");
  return Object::from_int(r);
}

Object m_find(const Object& self, const CallArgs& a) { return find_impl(self, a, "find", false, false); }
Object m_rfind(const Object& self, const CallArgs& a) { return find_impl(self, a, "rfind", true, false); }
Object m_index(const Object& self, const CallArgs& a) { return find_impl(self, a, "index", false, true); }
Object m_rindex(const Object& self, const CallArgs& a) { return find_impl(self, a, "rindex", true, true); }

Object m_count(const Object& self, const CallArgs& args) {
  if (!is_str(args.args[0])) type_error("must be str, not " + type_name_text(args.args[0]));
  Cps s(self), sub(args.args[0]);
  std::int64_t b, e;
  adjust(args.npos > 1 ? args.args[1] : Object(), args.npos > 2 ? args.args[2] : Object(),
         static_cast<std::int64_t>(s.size()), b, e);
  if (b > static_cast<std::int64_t>(s.size())) return Object::from_int(0);
  auto m = static_cast<std::int64_t>(sub.size());
  if (m == 0) return Object::from_int(e >= b ? e - b + 1 : 0);
  std::int64_t n = 0;
  for (std::int64_t i = b; i + m <= e;) {
    std::int64_t r = find_in(s, sub, i, e, false);
    if (r < 0) break;
    ++n;
    i = r + m;
  }
  return Object::from_int(n);
}

Object affix_impl(const Object& self, const CallArgs& args, const char* name, bool suffix) {
  check_nargs(args, name, 1, 3);
  Cps s(self);
  std::int64_t b, e;
  adjust(args.npos > 1 ? args.args[1] : Object(), args.npos > 2 ? args.args[2] : Object(),
         static_cast<std::int64_t>(s.size()), b, e);
  auto test = [&](const Object& p) {
    Cps a(p);
    auto m = static_cast<std::int64_t>(a.size());
    if (b > static_cast<std::int64_t>(s.size())) return false;
    if (e - b < m) return false;
    std::int64_t at = suffix ? e - m : b;
    for (std::int64_t k = 0; k < m; ++k)
      if (s[static_cast<std::size_t>(at + k)] != a[static_cast<std::size_t>(k)]) return false;
    return true;
  };
  const Object& p = args.args[0];
  if (is_tuple(p)) {
    for (const Object& x : tuple_items(p)) {
      if (!is_str(x)) {
        type_error(std::string("tuple for ") + name + " must only contain str, not " + type_name_text(x));
      }
      if (test(x)) return kTrue;
    }
    return kFalse;
  }
  if (!is_str(p)) {
    type_error(std::string(name) + " first arg must be str or a tuple of str, not " + type_name_text(p));
  }
  return Object::from_bool(test(p));
}

Object m_startswith(const Object& self, const CallArgs& a) { return affix_impl(self, a, "startswith", false); }
Object m_endswith(const Object& self, const CallArgs& a) { return affix_impl(self, a, "endswith", true); }

Object m_join(const Object& self, const CallArgs& args) {
  return str_join(self, args.args[0]);
}

Object split_impl(const Object& self, const CallArgs& args, const char* name, bool reverse) {
  Object a[2];
  parse_args(args, name, {"sep", "maxsplit"}, 2, 0, a);
  std::int64_t maxsplit = arg_int(a[1], -1);
  if (maxsplit < 0) maxsplit = INT64_MAX;
  Cps s(self);
  auto n = static_cast<std::int64_t>(s.size());
  std::vector<Object> out;
  if (a[0].is_unbound() || a[0].is_none()) {
    if (!reverse) {
      std::int64_t i = 0;
      while (true) {
        while (i < n && cp_isspace(s[static_cast<std::size_t>(i)])) ++i;
        if (i >= n) break;
        if (static_cast<std::int64_t>(out.size()) >= maxsplit) {
          out.push_back(s.sub(static_cast<std::size_t>(i), static_cast<std::size_t>(n)));
          break;
        }
        std::int64_t j = i;
        while (j < n && !cp_isspace(s[static_cast<std::size_t>(j)])) ++j;
        out.push_back(s.sub(static_cast<std::size_t>(i), static_cast<std::size_t>(j)));
        i = j;
      }
    } else {
      std::int64_t i = n;
      while (true) {
        while (i > 0 && cp_isspace(s[static_cast<std::size_t>(i - 1)])) --i;
        if (i <= 0) break;
        if (static_cast<std::int64_t>(out.size()) >= maxsplit) {
          out.push_back(s.sub(0, static_cast<std::size_t>(i)));
          break;
        }
        std::int64_t j = i;
        while (j > 0 && !cp_isspace(s[static_cast<std::size_t>(j - 1)])) --j;
        out.push_back(s.sub(static_cast<std::size_t>(j), static_cast<std::size_t>(i)));
        i = j;
      }
      std::reverse(out.begin(), out.end());
    }
    return list_from_vector(std::move(out));
  }
  if (!is_str(a[0])) type_error("must be str or None, not " + type_name_text(a[0]));
  Cps sep(a[0]);
  auto m = static_cast<std::int64_t>(sep.size());
  if (m == 0) value_error("empty separator");
  if (!reverse) {
    std::int64_t i = 0;
    while (static_cast<std::int64_t>(out.size()) < maxsplit) {
      std::int64_t r = find_in(s, sep, i, n, false);
      if (r < 0) break;
      out.push_back(s.sub(static_cast<std::size_t>(i), static_cast<std::size_t>(r)));
      i = r + m;
    }
    out.push_back(s.sub(static_cast<std::size_t>(i), static_cast<std::size_t>(n)));
  } else {
    std::int64_t e = n;
    while (static_cast<std::int64_t>(out.size()) < maxsplit) {
      std::int64_t r = find_in(s, sep, 0, e, true);
      if (r < 0) break;
      out.push_back(s.sub(static_cast<std::size_t>(r + m), static_cast<std::size_t>(e)));
      e = r;
    }
    out.push_back(s.sub(0, static_cast<std::size_t>(e)));
    std::reverse(out.begin(), out.end());
  }
  return list_from_vector(std::move(out));
}

Object m_split(const Object& self, const CallArgs& a) { return split_impl(self, a, "split", false); }
Object m_rsplit(const Object& self, const CallArgs& a) { return split_impl(self, a, "rsplit", true); }

Object strip_impl(const Object& self, const CallArgs& args, const char* name, bool left, bool right) {
  Cps s(self);
  std::vector<std::uint32_t> chars;
  bool whitespace = args.npos == 0 || args.args[0].is_none();
  if (!whitespace) {
    if (!is_str(args.args[0])) {
      type_error(std::string(name) + " arg must be None or str");
    }
    chars = decode_all(str_view(args.args[0]));
  }
  auto strip_it = [&](std::uint32_t c) {
    if (whitespace) return cp_isspace(c);
    for (auto x : chars)
      if (x == c) return true;
    return false;
  };
  std::size_t b = 0, e = s.size();
  if (left)
    while (b < e && strip_it(s[b])) ++b;
  if (right)
    while (e > b && strip_it(s[e - 1])) --e;
  if (b == 0 && e == s.size()) return self;
  return s.sub(b, e);
}

Object m_strip(const Object& self, const CallArgs& a) { return strip_impl(self, a, "strip", true, true); }
Object m_lstrip(const Object& self, const CallArgs& a) { return strip_impl(self, a, "lstrip", true, false); }
Object m_rstrip(const Object& self, const CallArgs& a) { return strip_impl(self, a, "rstrip", false, true); }

Object m_replace(const Object& self, const CallArgs& args) {
  if (!is_str(args.args[0])) bad_argument("replace", 1, "str", args.args[0]);
  if (!is_str(args.args[1])) bad_argument("replace", 2, "str", args.args[1]);
  std::int64_t count = args.npos > 2 ? index_value(args.args[2]) : -1;
  if (count < 0) count = INT64_MAX;
  std::string_view s = str_view(self), old = str_view(args.args[0]), rep = str_view(args.args[1]);
  std::string out;
  if (old.empty()) {
    Cps c(self);
    std::int64_t done = 0;
    for (std::size_t i = 0; i < c.size(); ++i) {
      if (done < count) {
        out += rep;
        ++done;
      }
      utf8_append(out, c[i]);
    }
    if (done < count) out += rep;
    return str_from(std::move(out));
  }
  std::size_t i = 0;
  std::int64_t done = 0;
  while (done < count) {
    std::size_t r = s.find(old, i);
    if (r == std::string_view::npos) break;
    out.append(s.substr(i, r - i));
    out += rep;
    i = r + old.size();
    ++done;
  }
  if (done == 0) return self;
  out.append(s.substr(i));
  return str_from(std::move(out));
}

template <bool (*P)(std::uint32_t)>
Object all_chars(const Object& self) {
  std::string_view s = str_view(self);
  if (s.empty()) return kFalse;
  for (std::size_t i = 0; i < s.size();)
    if (!P(utf8_decode(s, i))) return kFalse;
  return kTrue;
}

bool cp_isalnum(std::uint32_t c) { return cp_isalpha(c) || cp_isdigit(c); }
bool cp_isnumeric(std::uint32_t c) { return cp_isdigit(c); }

Object m_isdigit(const Object& self, const CallArgs&) { return all_chars<cp_isdigit>(self); }
Object m_isdecimal(const Object& self, const CallArgs&) { return all_chars<cp_isdecimal>(self); }
Object m_isnumeric(const Object& self, const CallArgs&) { return all_chars<cp_isnumeric>(self); }
Object m_isalpha(const Object& self, const CallArgs&) { return all_chars<cp_isalpha>(self); }
Object m_isalnum(const Object& self, const CallArgs&) { return all_chars<cp_isalnum>(self); }
Object m_isspace(const Object& self, const CallArgs&) { return all_chars<cp_isspace>(self); }

Object m_isascii(const Object& self, const CallArgs&) {
  return Object::from_bool(as_s(self)->ascii);
}

Object m_isprintable(const Object& self, const CallArgs&) {
  std::string_view s = str_view(self);
  for (std::size_t i = 0; i < s.size();)
    if (!cp_isprintable(utf8_decode(s, i))) return kFalse;
  return kTrue;
}

// unicode_isidentifier_impl: XID_Start or '_' first, XID_Continue after.
Object m_isidentifier(const Object& self, const CallArgs&) {
  std::string_view s = str_view(self);
  if (s.empty()) return kFalse;
  bool first = true;
  for (std::size_t i = 0; i < s.size();) {
    std::uint32_t c = utf8_decode(s, i);
    bool ok = first ? c == '_' || detail::is_xid_start(c) : detail::is_xid_continue(c);
    if (!ok) return kFalse;
    first = false;
  }
  return kTrue;
}

std::uint32_t fill_char(const CallArgs& args, std::size_t i) {
  if (args.npos <= i) return ' ';
  const Object& f = args.args[i];
  if (!is_str(f)) {
    type_error("The fill character must be a unicode character, not " + type_name_text(f));
  }
  if (as_s(f)->length != 1) type_error("The fill character must be exactly one character long");
  std::size_t k = 0;
  return utf8_decode(str_view(f), k);
}

Object pad(const Object& self, std::int64_t left, std::int64_t right, std::uint32_t fill) {
  std::string out, f;
  utf8_append(f, fill);
  for (std::int64_t i = 0; i < left; ++i) out += f;
  out += str_view(self);
  for (std::int64_t i = 0; i < right; ++i) out += f;
  return str_from(std::move(out));
}

Object m_center(const Object& self, const CallArgs& args) {
  std::int64_t width = index_value(args.args[0]);
  std::int64_t n = as_s(self)->length;
  if (width <= n) return self;
  std::int64_t marg = width - n;
  std::int64_t left = marg / 2 + (marg & width & 1);
  return pad(self, left, marg - left, fill_char(args, 1));
}

Object m_ljust(const Object& self, const CallArgs& args) {
  std::int64_t width = index_value(args.args[0]);
  std::int64_t n = as_s(self)->length;
  if (width <= n) return self;
  return pad(self, 0, width - n, fill_char(args, 1));
}

Object m_rjust(const Object& self, const CallArgs& args) {
  std::int64_t width = index_value(args.args[0]);
  std::int64_t n = as_s(self)->length;
  if (width <= n) return self;
  return pad(self, width - n, 0, fill_char(args, 1));
}

Object m_zfill(const Object& self, const CallArgs& args) {
  std::int64_t width = index_value(args.args[0]);
  StrObject* s = as_s(self);
  if (width <= s->length) return self;
  std::string out;
  std::string_view v = s->data;
  std::size_t start = 0;
  if (!v.empty() && (v[0] == '+' || v[0] == '-')) {
    out += v[0];
    start = 1;
  }
  out.append(static_cast<std::size_t>(width - s->length), '0');
  out.append(v.substr(start));
  return str_from(std::move(out));
}

Object m_format(const Object& self, const CallArgs& args) { return str_format(self, args); }
Object m_format_map(const Object& self, const CallArgs& args) { return str_format_map(self, args.args[0]); }

Object m_encode(const Object& self, const CallArgs& args) {
  Object a[2];
  parse_args(args, "encode", {"encoding", "errors"}, 2, 0, a);
  return str_encode(self, a[0], a[1]);
}

bool is_line_break(std::uint32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x85 ||
         c == 0x2028 || c == 0x2029;
}

Object m_splitlines(const Object& self, const CallArgs& args) {
  Object a[1];
  parse_args(args, "splitlines", {"keepends"}, 1, 0, a);
  bool keep = !a[0].is_unbound() && truthy(a[0]);
  Cps s(self);
  std::vector<Object> out;
  std::size_t i = 0, n = s.size();
  while (i < n) {
    std::size_t j = i;
    while (j < n && !is_line_break(s[j])) ++j;
    std::size_t eol = j;
    if (j < n) {
      if (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') j += 2;
      else ++j;
      if (keep) eol = j;
    }
    out.push_back(s.sub(i, eol));
    i = j;
  }
  return list_from_vector(std::move(out));
}

Object partition_impl(const Object& self, const CallArgs& args, bool reverse) {
  if (!is_str(args.args[0])) type_error("must be str, not " + type_name_text(args.args[0]));
  std::string_view s = str_view(self), sep = str_view(args.args[0]);
  if (sep.empty()) value_error("empty separator");
  std::size_t r = reverse ? s.rfind(sep) : s.find(sep);
  Object empty = str_from(std::string_view());
  if (r == std::string_view::npos) {
    return reverse ? tuple_of({empty, empty, self}) : tuple_of({self, empty, empty});
  }
  return tuple_of({str_from(s.substr(0, r)), args.args[0], str_from(s.substr(r + sep.size()))});
}

Object m_partition(const Object& self, const CallArgs& a) { return partition_impl(self, a, false); }
Object m_rpartition(const Object& self, const CallArgs& a) { return partition_impl(self, a, true); }

Object m_removeprefix(const Object& self, const CallArgs& args) {
  if (!is_str(args.args[0])) {
    bad_argument("removeprefix", 0, "str", args.args[0]);
  }
  std::string_view s = str_view(self), p = str_view(args.args[0]);
  if (!p.empty() && s.substr(0, p.size()) == p) return str_from(s.substr(p.size()));
  return self;
}

Object m_removesuffix(const Object& self, const CallArgs& args) {
  if (!is_str(args.args[0])) {
    bad_argument("removesuffix", 0, "str", args.args[0]);
  }
  std::string_view s = str_view(self), p = str_view(args.args[0]);
  if (!p.empty() && s.size() >= p.size() && s.substr(s.size() - p.size()) == p) {
    return str_from(s.substr(0, s.size() - p.size()));
  }
  return self;
}

Object m_expandtabs(const Object& self, const CallArgs& args) {
  Object a[1];
  parse_args(args, "expandtabs", {"tabsize"}, 1, 0, a);
  std::int64_t tab = arg_int(a[0], 8);
  std::string out;
  std::int64_t col = 0;
  std::string_view s = str_view(self);
  for (std::size_t i = 0; i < s.size();) {
    std::uint32_t c = utf8_decode(s, i);
    if (c == '\t') {
      if (tab > 0) {
        std::int64_t n = tab - col % tab;
        out.append(static_cast<std::size_t>(n), ' ');
        col += n;
      }
    } else {
      utf8_append(out, c);
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return str_from(std::move(out));
}

Object m_format_dunder(const Object& self, const CallArgs& args) {
  if (!is_str(args.args[0])) bad_argument("__format__", 0, "str", args.args[0]);
  if (detail::formats_as_str(self, args.args[0])) return str(self);
  return str_from(format_str(str_view(self), str_view(args.args[0])));
}

// unicode_new_impl: the value str(...) gives, a plain str.
Object str_value_new(const CallArgs& args) {
  Object a[3];
  parse_args(args, "str", {"object", "encoding", "errors"}, 3, 0, a);
  if (a[0].is_unbound()) return str_from(std::string_view());
  if (!a[1].is_unbound() || !a[2].is_unbound()) {
    std::string_view view;
    if (!try_bytes_like_view(a[0], view)) {
      type_error("decoding to str: need a bytes-like object, " + type_name_text(a[0]) + " found");
    }
    return bytes_decode(a[0].type() == types::bytes ? a[0] : bytes_from(view), a[1], a[2]);
  }
  return exact_builtin_value(str(a[0]));
}

// str(...), or for a subclass (unicode_subtype_new) an instance of it holding str(...)'s text.
Object str_new(TypeObject* type, const CallArgs& args) {
  Object v = str_value_new(args);
  if (type == types::str) return v;
  Object obj = detail::new_native_subclass<StrObject>(type);
  auto* to = static_cast<StrObject*>(obj.heap());
  const auto* from = static_cast<StrObject*>(v.heap());
  to->data = from->data;
  to->length = from->length;
  to->ascii = from->ascii;
  return obj;
}

}  // namespace

// ---- bytes (minimal) --------------------------------------------------------------------------------------------

BytesObject::BytesObject(std::string bytes) : HeapObject(types::bytes), data(std::move(bytes)) {}
BytesObject::BytesObject(TypeObject* type) : HeapObject(type) {}

Object bytes_from(std::string_view bytes) { return make<BytesObject>(std::string(bytes)); }

Object BytesObject::repr() { return str_from(bytes_repr_text(data)); }

std::string bytes_repr_text(std::string_view data, bool always_escape_single) {
  bool has_single = data.find('\'') != std::string_view::npos;
  bool has_double = data.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = "b";
  out += quote;
  for (unsigned char c : data) {
    char buf[8];
    if (c == quote || c == '\\' || (always_escape_single && c == '\'')) {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  return out;
}

// bytes_str is bytes_repr itself, so a subclass's __repr__ does not reach str() or print().
Object BytesObject::str() { return BytesObject::repr(); }
std::int64_t BytesObject::hash() { return hash_bytes(data.data(), data.size()); }

Object BytesObject::richcompare(const Object& other, CmpOp op) {
  if (other.type()->solid != types::bytes) return Object();
  int c = data.compare(static_cast<BytesObject*>(other.heap())->data);
  return detail::richcompare_result(c, op);
}

Object BytesObject::contains(const Object& item) { return detail::bytes_contains(data, item); }

std::int64_t BytesObject::len() { return static_cast<std::int64_t>(data.size()); }
Object BytesObject::truthy() { return Object::from_bool(!data.empty()); }

Object BytesObject::getitem(const Object& key) {
  if (is_slice(key)) {
    std::int64_t start, stop, step;
    std::int64_t n = slice_indices(key, static_cast<std::int64_t>(data.size()), start, stop, step);
    std::string out;
    for (std::int64_t k = 0, i = start; k < n; ++k, i += step) out += data[static_cast<std::size_t>(i)];
    return bytes_from(out);
  }
  std::int64_t i = sequence_index(key, static_cast<std::int64_t>(data.size()), "index");
  return Object::from_int(static_cast<unsigned char>(data[static_cast<std::size_t>(i)]));
}

Object BytesObject::iter() {
  std::vector<Object> items;
  for (unsigned char c : data) items.push_back(Object::from_int(c));
  return pyrt::iter(tuple_from_vector(std::move(items)));
}

Object BytesObject::binop(BinaryOp op, const Object& other, bool reflected) {
  if (op == BinaryOp::Mod && !reflected) return bytes_from(detail::bytes_percent_format(data, other));
  // bytes_concat takes any buffer on the right (bytearray too); the result is bytes.
  std::string_view o;
  if (op == BinaryOp::Add && !reflected && try_bytes_like_view(other, o)) return bytes_from(data + std::string(o));
  // bytes_repeat, either side: a negative count is an empty result.
  if (op == BinaryOp::Mult && is_int(other)) {
    std::int64_t n;
    if (!int_to_int64(other, n)) raise_error(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
    if (n == 1 && type == types::bytes) return Object(this);
    std::string out;
    if (n > 0) {
      if (data.size() > static_cast<std::size_t>(INT64_MAX) / static_cast<std::size_t>(n)) raise_error(exc::MemoryError, "");
      out.reserve(data.size() * static_cast<std::size_t>(n));
      for (std::int64_t i = 0; i < n; ++i) out += data;
    }
    return bytes_from(out);
  }
  return Object();
}

namespace {

// bytes_new_impl: the value bytes(...) gives, plain bytes.
Object bytes_value_new(const CallArgs& args) {
  Object a[3];
  parse_args(args, "bytes", {"source", "encoding", "errors"}, 3, 0, a);
  if (a[0].is_unbound()) return bytes_from("");
  if (is_str(a[0])) {
    if (a[1].is_unbound()) type_error("string argument without an encoding");
    return str_encode(a[0], a[1], a[2]);
  }
  if (is_int(a[0])) {
    std::int64_t n = index_value(a[0]);
    if (n < 0) value_error("negative count");
    return bytes_from(std::string(static_cast<std::size_t>(n), '\0'));
  }
  std::string out;
  if (bytes_like_copy(a[0], out)) return bytes_from(out);
  Object it = iter(a[0]);
  Object x;
  while (next(it, x)) {
    std::int64_t v = index_value(x);
    if (v < 0 || v > 255) value_error("bytes must be in range(0, 256)");
    out += static_cast<char>(v);
  }
  return bytes_from(out);
}

// bytes(...), or for a subclass (bytes_subtype_new) an instance of it holding bytes(...)'s value.
Object bytes_new(TypeObject* type, const CallArgs& args) {
  Object v = bytes_value_new(args);
  if (type == types::bytes) return v;
  Object obj = detail::new_native_subclass<BytesObject>(type);
  static_cast<BytesObject*>(obj.heap())->data = static_cast<BytesObject*>(v.heap())->data;
  return obj;
}

// str's methods with their arities (the checks and messages of NativeMethodDef).
const NativeMethodDef str_methods[] = {
    {"join", m_join, 1, 1},
    {"split", m_split, kOwnArgs, kOwnArgs},
    {"rsplit", m_rsplit, kOwnArgs, kOwnArgs},
    {"strip", m_strip, 0, 1},
    {"lstrip", m_lstrip, 0, 1},
    {"rstrip", m_rstrip, 0, 1},
    {"replace", m_replace, 2, 3},
    {"startswith", m_startswith, kOwnArgs, kOwnArgs},
    {"endswith", m_endswith, kOwnArgs, kOwnArgs},
    {"find", m_find, kOwnArgs, kOwnArgs},
    {"rfind", m_rfind, kOwnArgs, kOwnArgs},
    {"index", m_index, kOwnArgs, kOwnArgs},
    {"rindex", m_rindex, kOwnArgs, kOwnArgs},
    {"count", m_count, 1, 3},
    {"isdigit", m_isdigit, 0, 0},
    {"isdecimal", m_isdecimal, 0, 0},
    {"isnumeric", m_isnumeric, 0, 0},
    {"isalpha", m_isalpha, 0, 0},
    {"isalnum", m_isalnum, 0, 0},
    {"isspace", m_isspace, 0, 0},
    {"isascii", m_isascii, 0, 0},
    {"isprintable", m_isprintable, 0, 0},
    {"isidentifier", m_isidentifier, 0, 0},
    {"zfill", m_zfill, 1, 1},
    {"center", m_center, 1, 2},
    {"ljust", m_ljust, 1, 2},
    {"rjust", m_rjust, 1, 2},
    {"format", m_format, kOwnArgs, kOwnArgs},
    {"format_map", m_format_map, 1, 1},
    {"encode", m_encode, kOwnArgs, kOwnArgs},
    {"splitlines", m_splitlines, kOwnArgs, kOwnArgs},
    {"partition", m_partition, 1, 1},
    {"rpartition", m_rpartition, 1, 1},
    {"removeprefix", m_removeprefix, 1, 1},
    {"removesuffix", m_removesuffix, 1, 1},
    {"expandtabs", m_expandtabs, kOwnArgs, kOwnArgs},
    {"__format__", m_format_dunder, 1, 1},
};

}  // namespace

void detail::init_str_type() {
  TypeObject* t = types::str;
  t->native_new = str_new;
  t->is_basetype = true;
  add_methods(t, str_methods);
  detail::add_str_case_methods(t);
  types::bytes = make_builtin_type("bytes", nullptr, "builtins", bytes_new, true);
  add_bytes_methods(types::bytes);
}

}  // namespace pyrt
