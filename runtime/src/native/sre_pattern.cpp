// re.Pattern, the compiled pattern _sre.compile returns: match, fullmatch, search, findall,
// finditer, scanner, sub, subn, split, its attributes, repr, equality and hash. Mirrors the
// PatternObject of Modules/_sre/sre.c (CPython 3.11).
#include <climits>
#include <cstdio>

#include "pyrt/object/buffer.h"
#include "pyrt/object/builtins.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/import.h"
#include "pyrt/object/int.h"
#include "pyrt/object/list.h"
#include "pyrt/object/mappingproxy.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"
#include "pyrt/object/typing.h"
#include "sre.h"

namespace pyrt::sre {

struct PatternObject final : HeapObject {
  PatternObject() : HeapObject(pattern_type()) {}
  Object pattern;  ///< the source str or bytes, or None
  std::int64_t flags = 0;
  std::vector<Code> code;
  std::int64_t groups = 0;
  Object groupindex;  ///< dict: name -> group number
  Object indexgroup;  ///< tuple: group number -> name or None
  int is_bytes = -1;  ///< -1 for a pattern compiled without its source

  Object repr() override;
  std::int64_t hash() override;
  Object richcompare(const Object& other, CmpOp op) override;
};

namespace {

PatternObject* as_pattern(const Object& x) { return static_cast<PatternObject*>(x.heap()); }

// The flags pattern_repr names, in its order.
struct FlagName {
  const char* name;
  std::int64_t value;
};
constexpr FlagName kFlagNames[] = {
    {"re.TEMPLATE", kFlagTemplate},   {"re.IGNORECASE", kFlagIgnoreCase}, {"re.LOCALE", kFlagLocale},
    {"re.MULTILINE", kFlagMultiline}, {"re.DOTALL", kFlagDotAll},         {"re.UNICODE", kFlagUnicode},
    {"re.VERBOSE", kFlagVerbose},     {"re.DEBUG", kFlagDebug},           {"re.ASCII", kFlagAscii},
};

// sys.maxsize, the default endpos.
constexpr std::int64_t kSsizeMax = INT64_MAX;

// The arguments of match(string, pos=0, endpos=sys.maxsize) and its kin.
struct Bounds {
  Object string;
  std::int64_t pos = 0, endpos = kSsizeMax;
};

Bounds parse_bounds(const CallArgs& args, const char* fname) {
  Object a[3];
  parse_args(args, fname, {"string", "pos", "endpos"}, 3, 1, a);
  Bounds b;
  b.string = a[0];
  if (!a[1].is_unbound()) b.pos = ssize_value(a[1]);
  if (!a[2].is_unbound()) b.endpos = ssize_value(a[2]);
  return b;
}

State state_for(const Object& self, const Bounds& b) { return State(subject_for(self, b.string), b.pos, b.endpos); }

const Code* code_of(const Object& self) { return as_pattern(self)->code.data(); }

Object m_match(const Object& self, const CallArgs& args) {
  State state = state_for(self, parse_bounds(args, "match"));
  bool ok = match(state, code_of(self));
  return new_match(self, state, ok);
}

Object m_fullmatch(const Object& self, const CallArgs& args) {
  State state = state_for(self, parse_bounds(args, "fullmatch"));
  state.match_all = true;
  bool ok = match(state, code_of(self));
  return new_match(self, state, ok);
}

Object m_search(const Object& self, const CallArgs& args) {
  State state = state_for(self, parse_bounds(args, "search"));
  bool ok = search(state, code_of(self));
  return new_match(self, state, ok);
}

// Group `index` of the current match for findall and split: its text, or `missing` when it
// did not take part (state_getslice).
Object group_text(const State& state, std::int64_t index, const Object& missing) {
  auto [start, end] = state.group_span(index);
  if (start < 0) return missing;
  return state.subject->slice(start, end);
}

Object empty_like(const Subject& subject) { return subject.is_bytes ? bytes_from("") : str_from(""); }

// One findall item: the whole match, the one group, or a tuple of all groups.
Object findall_item(const State& state, std::int64_t groups) {
  Object empty = empty_like(*state.subject);
  if (groups == 0) return state.subject->slice(state.start, state.ptr);
  if (groups == 1) return group_text(state, 1, empty);
  std::vector<Object> items;
  for (std::int64_t i = 1; i <= groups; ++i) items.push_back(group_text(state, i, empty));
  return tuple_from_vector(std::move(items));
}

// Pattern.findall: every non-overlapping match from pos; after an empty match the next may
// not be empty at the same place (must_advance).
Object m_findall(const Object& self, const CallArgs& args) {
  State state = state_for(self, parse_bounds(args, "findall"));
  Object out = list_of({});
  while (state.start <= state.end) {
    state.reset();
    if (!search(state, code_of(self))) break;
    list_append(out, findall_item(state, as_pattern(self)->groups));
    state.must_advance = state.ptr == state.start;
    state.start = state.ptr;
  }
  return out;
}

Object m_scanner(const Object& self, const CallArgs& args) {
  Bounds b = parse_bounds(args, "scanner");
  return new_scanner(self, subject_for(self, b.string), b.pos, b.endpos);
}

// Pattern.finditer: iter(scanner.search, None), a callable_iterator as in CPython.
Object m_finditer(const Object& self, const CallArgs& args) {
  Bounds b = parse_bounds(args, "finditer");
  Object scanner = new_scanner(self, subject_for(self, b.string), b.pos, b.endpos);
  static const Object search_name = intern("search");
  return call(builtin_lookup("iter"), {getattr(scanner, search_name), Object::none()});
}

// Pattern.split(string, maxsplit=0): the pieces between matches, each group's text (None
// when unmatched) after the piece it ends.
Object m_split(const Object& self, const CallArgs& args) {
  Object a[2];
  parse_args(args, "split", {"string", "maxsplit"}, 2, 1, a);
  std::int64_t maxsplit = a[1].is_unbound() ? 0 : ssize_value(a[1]);
  State state(subject_for(self, a[0]), 0, kSsizeMax);
  Object out = list_of({});
  std::int64_t last = state.start;
  for (std::int64_t n = 0; maxsplit == 0 || n < maxsplit; ++n) {
    state.reset();
    state.ptr = state.start;
    if (!search(state, code_of(self))) break;
    list_append(out, state.subject->slice(last, state.start));
    for (std::int64_t i = 1; i <= as_pattern(self)->groups; ++i) list_append(out, group_text(state, i, Object::none()));
    state.must_advance = state.ptr == state.start;
    last = state.start = state.ptr;
  }
  list_append(out, state.subject->slice(last, state.endpos));
  return out;
}

// Whether a replacement template holds a backslash, so needs re._subx to expand it.
bool template_is_literal(const Object& repl, std::string& bytes) {
  if (is_str(repl)) return str_view(repl).find('\\') == std::string_view::npos;
  return bytes_like_copy(repl, bytes) && bytes.find('\\') == std::string::npos;
}

// pattern_subx: the string with the first `count` matches (all for 0) replaced by `repl`
// (a callable given each Match, or a template), and the number replaced.
std::pair<Object, std::int64_t> subx(const Object& self, const Object& repl, const Object& string, std::int64_t count) {
  Object filter = repl;
  bool callable = is_callable(repl);
  std::string template_bytes;
  if (!callable && !template_is_literal(repl, template_bytes)) {
    filter = call_re("_subx", {self, repl});
    callable = is_callable(filter);
  }
  State state(subject_for(self, string), 0, kSsizeMax);
  Object pieces = list_of({});
  std::int64_t i = state.start, n = 0;
  while (count == 0 || n < count) {
    state.reset();
    state.ptr = state.start;
    if (!search(state, code_of(self))) break;
    if (i < state.start) list_append(pieces, state.subject->slice(i, state.start));
    Object item = callable ? call(filter, {new_match(self, state, true)}) : filter;
    if (!item.is_none()) list_append(pieces, item);
    i = state.ptr;
    ++n;
    state.must_advance = state.ptr == state.start;
    state.start = state.ptr;
  }
  if (i < state.endpos) list_append(pieces, state.subject->slice(i, state.endpos));
  Object joiner = empty_like(*state.subject);
  static const Object join_name = intern("join");
  return {call_method(joiner, join_name, {pieces}), n};
}

Object sub_count(const CallArgs& args, const char* fname, Object a[3]) {
  parse_args(args, fname, {"repl", "string", "count"}, 3, 2, a);
  return a[2].is_unbound() ? Object::from_int(0) : a[2];
}

Object m_sub(const Object& self, const CallArgs& args) {
  Object a[3];
  Object count = sub_count(args, "sub", a);
  return subx(self, a[0], a[1], ssize_value(count)).first;
}

Object m_subn(const Object& self, const CallArgs& args) {
  Object a[3];
  Object count = sub_count(args, "subn", a);
  auto [text, n] = subx(self, a[0], a[1], ssize_value(count));
  return tuple_of({text, Object::from_int(n)});
}

Object m_copy(const Object& self, const CallArgs&) { return self; }
Object m_class_getitem(const Object& cls, const CallArgs& args) { return make_generic_alias(cls, args.args[0]); }

Object get_pattern(const Object& self) { return as_pattern(self)->pattern; }
Object get_flags(const Object& self) { return Object::from_int(as_pattern(self)->flags); }
Object get_groups(const Object& self) { return Object::from_int(as_pattern(self)->groups); }
Object get_groupindex(const Object& self) { return make_mappingproxy(as_pattern(self)->groupindex); }

const NativeMethodDef pattern_methods[] = {
    {"match", m_match, kOwnArgs, kOwnArgs},
    {"fullmatch", m_fullmatch, kOwnArgs, kOwnArgs},
    {"search", m_search, kOwnArgs, kOwnArgs},
    {"sub", m_sub, kOwnArgs, kOwnArgs},
    {"subn", m_subn, kOwnArgs, kOwnArgs},
    {"findall", m_findall, kOwnArgs, kOwnArgs},
    {"split", m_split, kOwnArgs, kOwnArgs},
    {"finditer", m_finditer, kOwnArgs, kOwnArgs},
    {"scanner", m_scanner, kOwnArgs, kOwnArgs},
    {"__copy__", m_copy, 0, 0},
    {"__deepcopy__", m_copy, 1, 1},
    {"__class_getitem__", m_class_getitem, 1, 1, MethodKind::Class},
};

const GetSetDef pattern_getsets[] = {
    {"pattern", get_pattern, true},
    {"flags", get_flags, true},
    {"groups", get_groups, true},
    {"groupindex", get_groupindex},
};

// The Subject of `string` without the pattern's kind check (getstring).
std::shared_ptr<Subject> read_subject(const Object& string) {
  auto subject = std::make_shared<Subject>();
  subject->object = string;
  if (is_str(string)) {
    std::string_view text = str_view(string);
    for (std::size_t i = 0; i < text.size();) subject->chars.push_back(utf8_decode(text, i));
    return subject;
  }
  std::string bytes;
  if (!bytes_like_copy(string, bytes)) {
    raise_error(exc::TypeError, "expected string or bytes-like object, got '" + type_name_text(string) + "'");
  }
  subject->is_bytes = true;
  subject->chars.assign(bytes.begin(), bytes.end());
  for (std::uint32_t& c : subject->chars) c &= 0xFFu;
  return subject;
}

// _sre.compile's `code` list as words: OverflowError "regular expression code size limit
// exceeded" for a value no word holds.
std::vector<Code> code_words(const Object& list) {
  std::vector<Code> out;
  for (const Object& x : list_items(list)) {
    std::int64_t v;
    if (!is_int(x) || !int_to_int64(number_index(x), v) || v < 0 || v > static_cast<std::int64_t>(kMaxRepeat)) {
      raise_error(exc::OverflowError, "regular expression code size limit exceeded");
    }
    out.push_back(static_cast<Code>(v));
  }
  return out;
}

}  // namespace

Object PatternObject::repr() {
  std::int64_t shown = flags;
  // re.UNICODE is the default of a str pattern: left out unless LOCALE or ASCII is there too.
  if (is_bytes == 0 && (shown & (kFlagLocale | kFlagUnicode | kFlagAscii)) == kFlagUnicode) shown &= ~kFlagUnicode;
  std::string names;
  for (const FlagName& f : kFlagNames) {
    if (shown & f.value) {
      names += (names.empty() ? "" : "|") + std::string(f.name);
      shown &= ~f.value;
    }
  }
  if (shown) {
    char hex[32];
    std::snprintf(hex, sizeof hex, "0x%llx", static_cast<unsigned long long>(shown));
    names += (names.empty() ? "" : "|") + std::string(hex);
  }
  std::string out = "re.compile(" + first_code_points(repr_text(pattern), 200);
  if (!names.empty()) out += ", " + names;
  return str_from(out + ")");
}

std::int64_t PatternObject::hash() {
  std::int64_t h = pyrt::hash(pattern);
  std::string bytes;
  for (Code c : code) bytes.append(reinterpret_cast<const char*>(&c), sizeof c);
  h ^= hash_bytes(bytes.data(), bytes.size());
  return h == -1 ? -2 : h;
}

Object PatternObject::richcompare(const Object& other, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || other.type() != pattern_type()) return Object();
  PatternObject* o = as_pattern(other);
  bool same = o == this || (flags == o->flags && is_bytes == o->is_bytes && code == o->code && equal(pattern, o->pattern));
  return Object::from_bool(op == CmpOp::Eq ? same : !same);
}

TypeObject* pattern_type() {
  static TypeObject* const t = [] {
    TypeObject* type = make_builtin_type("Pattern", nullptr, "re");
    type->tp_name = "re.Pattern";
    type->is_final_in_cpython = true;
    add_methods(type, pattern_methods);
    add_getsets(type, pattern_getsets);
    add_slot_wrappers(type, "__repr__ __hash__ __eq__ __ne__ __lt__ __le__ __gt__ __ge__");
    return type;
  }();
  return t;
}

const std::vector<Code>& pattern_code(const Object& pattern) { return as_pattern(pattern)->code; }
std::int64_t pattern_groups(const Object& pattern) { return as_pattern(pattern)->groups; }
const Object& pattern_groupindex(const Object& pattern) { return as_pattern(pattern)->groupindex; }
const Object& pattern_indexgroup(const Object& pattern) { return as_pattern(pattern)->indexgroup; }

std::shared_ptr<const Subject> subject_for(const Object& pattern, const Object& string) {
  std::shared_ptr<Subject> subject = read_subject(string);
  int pattern_bytes = as_pattern(pattern)->is_bytes;
  if (subject->is_bytes && pattern_bytes == 0) {
    raise_error(exc::TypeError, "cannot use a string pattern on a bytes-like object");
  }
  if (!subject->is_bytes && pattern_bytes > 0) {
    raise_error(exc::TypeError, "cannot use a bytes pattern on a string-like object");
  }
  return subject;
}

Object compile(const CallArgs& args) {
  Object a[6];
  parse_args(args, "compile", {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"}, 6, 6, a);
  auto* p = new PatternObject();
  Object out(p);
  p->pattern = a[0];
  p->flags = ssize_value(a[1]);
  p->code = code_words(a[2]);
  p->groups = ssize_value(a[3]);
  p->groupindex = a[4];
  p->indexgroup = a[5];
  if (!a[0].is_none()) p->is_bytes = read_subject(a[0])->is_bytes ? 1 : 0;
  return out;
}

std::string first_code_points(const std::string& text, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t count = 0; i < text.size() && count < n; ++count) utf8_decode(text, i);
  return text.substr(0, i);
}

Object call_re(const char* name, std::initializer_list<Object> args) {
  return call(getattr(import_module("re"), intern(name)), args);
}

}  // namespace pyrt::sre
