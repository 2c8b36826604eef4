// Struct sequence types (structseq.h). Mirrors CPython 3.11's Objects/structseq.c: the fields
// past n_sequence_fields are stored after the tuple's items and read through member
// descriptors; the unnamed fields are skipped when members and repr names are assigned.
#include "pyrt/object/structseq.h"

#include <array>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <utility>

#include "internal.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/function.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

/// What a type's instances hold, as CPython keeps it in the type's dict and tp_members.
struct Layout {
  std::size_t n_fields = 0;
  std::size_t n_in_sequence = 0;
  std::vector<std::size_t> member_index;  ///< the field index of each named field, in order
  std::vector<const char*> member_name;
};

std::unordered_map<const TypeObject*, Layout>& layouts() {
  static std::unordered_map<const TypeObject*, Layout> table;
  return table;
}

const Layout& layout_of(const TypeObject* type) {
  for (const TypeObject* t = type; t != nullptr; t = t->bases.empty() ? nullptr : t->bases[0]) {
    auto it = layouts().find(t);
    if (it != layouts().end()) return it->second;
  }
  throw std::logic_error("not a struct sequence type: " + type->name);
}

StructSequenceObject* as_structseq(const Object& x) { return static_cast<StructSequenceObject*>(x.heap()); }

// Field `index` of a struct sequence: among the tuple's items, else among the hidden ones.
Object field_value(const Object& self, std::size_t index) {
  StructSequenceObject* s = as_structseq(self);
  if (index < s->items.size()) return s->items[index];
  return s->hidden[index - s->items.size()];
}

// A member's getter for field I: GetSetDescriptor's getters take only the instance.
template <std::size_t I>
Object member_get(const Object& self) {
  return field_value(self, I);
}

// The most fields a struct sequence has: os.stat_result's 19 on Linux, with room to spare.
constexpr std::size_t kMaxFields = 32;

template <std::size_t... I>
constexpr std::array<GetSetDescriptor::Getter, kMaxFields> make_getters(std::index_sequence<I...>) {
  return {&member_get<I>...};
}

constexpr std::array<GetSetDescriptor::Getter, kMaxFields> kGetters = make_getters(std::make_index_sequence<kMaxFields>());

// structseq_reduce: (type, (visible items, {name: value} of the others)).
Object structseq_reduce(const Object& self, const CallArgs&) {
  const Layout& l = layout_of(self.type());
  Object hidden = new_dict();
  std::size_t n_unnamed = l.n_fields - l.member_index.size();
  for (std::size_t i = l.n_in_sequence; i < l.n_fields; ++i) {
    dict_set(hidden, intern(l.member_name[i - n_unnamed]), field_value(self, i));
  }
  return tuple_of({Object(self.type()), tuple_of({tuple_from_vector(as_structseq(self)->items), hidden})});
}

// PySequence_Fast(arg, "constructor requires a sequence"): the items of any iterable.
std::vector<Object> sequence_items(const Object& arg) {
  if (is_tuple(arg)) return tuple_items(arg);
  Object it;
  try {
    it = iter(arg);
  } catch (const PyException& e) {
    if (!exception_is(e.value, exc::TypeError)) throw;
    detail::type_error("constructor requires a sequence");
  }
  std::vector<Object> items;
  Object x;
  while (next(it, x)) items.push_back(std::move(x));
  return items;
}

}  // namespace

// structseq_new_impl: the visible fields from `sequence` (at least n_sequence_fields, at
// most n_fields of them), the others by name from `dict` or None.
Object struct_sequence_type_new(TypeObject* type, const CallArgs& args) {
  Object parsed[2];
  parse_args(args, "structseq", {"sequence", "dict"}, 2, 1, parsed);
  const Layout& l = layout_of(type);
  const std::string& tname = type->message_name();
  const Object& dict = parsed[1];
  if (!dict.is_unbound() && !dict.is_none() && !dict.type()->is_subtype(types::dict)) {
    detail::type_error(tname + "() takes a dict as second arg, if any");
  }
  std::vector<Object> values = sequence_items(parsed[0]);
  std::size_t len = values.size(), min_len = l.n_in_sequence, max_len = l.n_fields;
  std::string given = std::to_string(len) + "-sequence given)";
  if (len < min_len) {
    std::string bound = min_len == max_len ? "a " : "an at least ";
    detail::type_error(tname + "() takes " + bound + std::to_string(min_len) + "-sequence (" + given);
  }
  if (len > max_len) {
    std::string bound = min_len == max_len ? "a " : "an at most ";
    detail::type_error(tname + "() takes " + bound + std::to_string(max_len) + "-sequence (" + given);
  }
  std::size_t n_unnamed = l.n_fields - l.member_index.size();
  for (std::size_t i = len; i < max_len; ++i) {
    Object v = dict.is_unbound() || dict.is_none() ? Object() : dict_get(dict, intern(l.member_name[i - n_unnamed]));
    values.push_back(v.is_unbound() ? kNone : v);
  }
  return struct_sequence_new(type, std::move(values));
}

namespace {

const NativeMethodDef kMethods[] = {
    {"__reduce__", structseq_reduce, 0, 0},
};

}  // namespace

Object StructSequenceObject::repr() {
  const Layout& l = layout_of(type);
  std::string out = type->message_name() + "(";
  for (std::size_t i = 0; i < items.size(); ++i) {
    out += (i ? ", " : "") + std::string(l.member_name[i]) + "=" + repr_text(items[i]);
  }
  return str_from(out + ")");
}

TypeObject* new_struct_sequence_type(const StructSequenceDesc& desc) {
  std::string full(desc.name);
  std::size_t dot = full.rfind('.');
  const char* short_name = desc.name + dot + 1;
  std::string module = full.substr(0, dot);  // the type keeps its own copy
  TypeObject* t =
      make_builtin_type(short_name, types::tuple, module.c_str(), desc.instantiable ? struct_sequence_type_new : nullptr, false);
  t->tp_name = full;
  t->is_final_in_cpython = true;
  Layout l;
  l.n_fields = desc.fields.size();
  l.n_in_sequence = desc.n_in_sequence;
  if (l.n_fields > kMaxFields) throw std::logic_error("too many struct sequence fields: " + full);
  std::vector<Object> match_args;
  std::vector<GetSetDef> members;
  std::size_t index = 0;
  for (const StructSequenceField& f : desc.fields) {
    if (f.name != nullptr) {
      l.member_index.push_back(index);
      l.member_name.push_back(f.name);
      members.push_back({f.name, kGetters[index], true});
      if (index < l.n_in_sequence) match_args.push_back(str_from(f.name));
    }
    ++index;
  }
  std::size_t n_unnamed = l.n_fields - l.member_index.size();
  layouts().emplace(t, std::move(l));
  add_getsets(t, members);
  add_methods(t, kMethods);
  dict_set(t->dict, intern("n_sequence_fields"), Object::from_int(static_cast<std::int64_t>(desc.n_in_sequence)));
  dict_set(t->dict, intern("n_fields"), Object::from_int(static_cast<std::int64_t>(desc.fields.size())));
  dict_set(t->dict, intern("n_unnamed_fields"), Object::from_int(static_cast<std::int64_t>(n_unnamed)));
  dict_set(t->dict, detail::names::match_args, tuple_from_vector(std::move(match_args)));
  return t;
}

Object struct_sequence_new(TypeObject* type, std::vector<Object> values) {
  const Layout& l = layout_of(type);
  if (values.size() != l.n_fields) throw std::logic_error("wrong number of struct sequence fields: " + type->name);
  auto* s = new StructSequenceObject(type);
  Object out(static_cast<HeapObject*>(s));
  s->hidden.assign(values.begin() + static_cast<std::ptrdiff_t>(l.n_in_sequence), values.end());
  values.resize(l.n_in_sequence);
  s->items = std::move(values);
  return out;
}

}  // namespace pyrt
