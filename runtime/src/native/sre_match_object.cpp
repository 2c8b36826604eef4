// re.Match, the result of a successful match: group, groups, groupdict, start, end, span,
// expand, subscription, its attributes and repr. Mirrors the MatchObject of
// Modules/_sre/sre.c (CPython 3.11).
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"
#include "pyrt/object/typing.h"
#include "sre.h"

namespace pyrt::sre {

namespace {

/// A match: the spans of group 0 and of each group, (-1, -1) for a group that did not take
/// part.
struct MatchObject final : HeapObject {
  MatchObject() : HeapObject(match_type()) {}
  Object pattern;
  std::shared_ptr<const Subject> subject;
  std::int64_t pos = 0, endpos = 0;
  std::int64_t lastindex = -1;
  std::vector<std::pair<std::int64_t, std::int64_t>> spans;

  Object repr() override;
  Object getitem(const Object& key) override;
};

MatchObject* as_match(const Object& x) { return static_cast<MatchObject*>(x.heap()); }

// PyIndex_Check: an int, or an object whose type has __index__.
bool is_index(const Object& x) {
  static const Object index_name = intern("__index__");
  return x.is_small_int() || x.is_bool() || is_int(x) || !x.type()->lookup(index_name).is_unbound();
}

// match_getindex: a group number, or a group name looked up in the pattern's groupindex;
// IndexError "no such group" for anything else.
std::size_t group_index(const MatchObject* m, const Object& index) {
  std::int64_t i = -1;
  if (is_index(index)) {
    i = ssize_value(index);
  } else {
    Object number = dict_get(pattern_groupindex(m->pattern), index);
    if (!number.is_unbound() && is_int(number)) i = ssize_value(number);
  }
  if (i < 0 || i >= static_cast<std::int64_t>(m->spans.size())) raise_error(exc::IndexError, "no such group");
  return static_cast<std::size_t>(i);
}

// match_getslice_by_index: the group's text, or `missing` when it did not take part.
Object group_text(const MatchObject* m, std::size_t index, const Object& missing) {
  auto [start, end] = m->spans[index];
  if (start < 0) return missing;
  return m->subject->slice(start, end);
}

Object m_group(const Object& self, const CallArgs& args) {
  MatchObject* m = as_match(self);
  if (args.npos == 0) return group_text(m, 0, Object::none());
  if (args.npos == 1) return group_text(m, group_index(m, args.args[0]), Object::none());
  std::vector<Object> items;
  for (std::size_t i = 0; i < args.npos; ++i) items.push_back(group_text(m, group_index(m, args.args[i]), Object::none()));
  return tuple_from_vector(std::move(items));
}

Object default_arg(const CallArgs& args, const char* fname) {
  Object a[1];
  parse_args(args, fname, {"default"}, 1, 0, a);
  return a[0].is_unbound() ? Object::none() : a[0];
}

Object m_groups(const Object& self, const CallArgs& args) {
  Object missing = default_arg(args, "groups");
  MatchObject* m = as_match(self);
  std::vector<Object> items;
  for (std::size_t i = 1; i < m->spans.size(); ++i) items.push_back(group_text(m, i, missing));
  return tuple_from_vector(std::move(items));
}

Object m_groupdict(const Object& self, const CallArgs& args) {
  Object missing = default_arg(args, "groupdict");
  MatchObject* m = as_match(self);
  Object out = new_dict();
  Object it = iter(pattern_groupindex(m->pattern));
  for (Object name; next(it, name);) dict_set(out, name, group_text(m, group_index(m, name), missing));
  return out;
}

std::size_t optional_group(const Object& self, const CallArgs& args) {
  return args.npos == 0 ? 0 : group_index(as_match(self), args.args[0]);
}

Object m_start(const Object& self, const CallArgs& args) {
  return Object::from_int(as_match(self)->spans[optional_group(self, args)].first);
}

Object m_end(const Object& self, const CallArgs& args) {
  return Object::from_int(as_match(self)->spans[optional_group(self, args)].second);
}

Object span_tuple(std::pair<std::int64_t, std::int64_t> span) {
  return tuple_of({Object::from_int(span.first), Object::from_int(span.second)});
}

Object m_span(const Object& self, const CallArgs& args) { return span_tuple(as_match(self)->spans[optional_group(self, args)]); }

// Match.expand(template): re._expand, the template compiled by re's translated parser.
Object m_expand(const Object& self, const CallArgs& args) {
  Object a[1];
  parse_args(args, "expand", {"template"}, 1, 1, a);
  return call_re("_expand", {as_match(self)->pattern, self, a[0]});
}

Object m_copy(const Object& self, const CallArgs&) { return self; }
Object m_class_getitem(const Object& cls, const CallArgs& args) { return make_generic_alias(cls, args.args[0]); }

Object get_pos(const Object& self) { return Object::from_int(as_match(self)->pos); }
Object get_endpos(const Object& self) { return Object::from_int(as_match(self)->endpos); }
Object get_re(const Object& self) { return as_match(self)->pattern; }
Object get_string(const Object& self) { return as_match(self)->subject->object; }

Object get_lastindex(const Object& self) {
  std::int64_t i = as_match(self)->lastindex;
  return i < 0 ? Object::none() : Object::from_int(i);
}

Object get_lastgroup(const Object& self) {
  MatchObject* m = as_match(self);
  const Object& indexgroup = pattern_indexgroup(m->pattern);
  if (!is_tuple(indexgroup) || m->lastindex < 0) return Object::none();
  const std::vector<Object>& names = tuple_items(indexgroup);
  if (m->lastindex >= static_cast<std::int64_t>(names.size())) return Object::none();
  return names[static_cast<std::size_t>(m->lastindex)];
}

Object get_regs(const Object& self) {
  std::vector<Object> items;
  for (const auto& span : as_match(self)->spans) items.push_back(span_tuple(span));
  return tuple_from_vector(std::move(items));
}

const NativeMethodDef match_methods[] = {
    {"group", m_group, 0, kAnyArgs},
    {"start", m_start, 0, 1},
    {"end", m_end, 0, 1},
    {"span", m_span, 0, 1},
    {"groups", m_groups, kOwnArgs, kOwnArgs},
    {"groupdict", m_groupdict, kOwnArgs, kOwnArgs},
    {"expand", m_expand, kOwnArgs, kOwnArgs},
    {"__copy__", m_copy, 0, 0},
    {"__deepcopy__", m_copy, 1, 1},
    {"__class_getitem__", m_class_getitem, 1, 1, MethodKind::Class},
};

const GetSetDef match_getsets[] = {
    {"lastindex", get_lastindex}, {"lastgroup", get_lastgroup}, {"regs", get_regs},
    {"string", get_string, true}, {"re", get_re, true},           {"pos", get_pos, true},
    {"endpos", get_endpos, true},
};

}  // namespace

Object MatchObject::repr() {
  return str_from("<re.Match object; span=(" + std::to_string(spans[0].first) + ", " +
                  std::to_string(spans[0].second) + "), match=" + first_code_points(repr_text(group_text(this, 0, Object::none())), 50) +
                  ">");
}

Object MatchObject::getitem(const Object& key) { return group_text(this, group_index(this, key), Object::none()); }

TypeObject* match_type() {
  static TypeObject* const t = [] {
    TypeObject* type = make_builtin_type("Match", nullptr, "re");
    type->tp_name = "re.Match";
    type->is_final_in_cpython = true;
    add_methods(type, match_methods);
    add_getsets(type, match_getsets);
    add_slot_wrappers(type, "__repr__ __getitem__");
    return type;
  }();
  return t;
}

Object new_match(const Object& pattern, const State& state, bool matched) {
  if (!matched) return Object::none();
  auto* m = new MatchObject();
  Object out(m);
  m->pattern = pattern;
  m->subject = state.subject;
  m->pos = state.pos;
  m->endpos = state.endpos;
  m->lastindex = state.lastindex;
  m->spans.emplace_back(state.start, state.ptr);
  for (std::int64_t i = 1; i <= pattern_groups(pattern); ++i) m->spans.push_back(state.group_span(i));
  return out;
}

}  // namespace pyrt::sre
