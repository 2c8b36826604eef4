// Methods and computed attributes of the builtin containers and of object and
// BaseException that programs read off the class: dict.fromkeys,
// str.maketrans/translate, slice.indices, the __class_getitem__ of the
// generic builtins, slice/range start/stop/step, BaseException.args and its
// chaining attributes, object.__subclasshook__, __func__/__self__ of methods. Mirrors CPython's
// Objects/dictobject.c (dict_fromkeys), unicodeobject.c (unicode_maketrans,
// unicode_translate), sliceobject.c (slice_indices, range/slice members) and
// exceptions.c (BaseException_getset).
#include <string>
#include <vector>

#include "internal.h"
#include "pyrt/object/descriptor.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception_object.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/range.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"
#include "pyrt/object/typing.h"

namespace pyrt {

using detail::type_error;
using detail::value_error;

namespace {

// ---- object ---------------------------------------------------------------------------------

// object.__subclasshook__(subclass): NotImplemented, so issubclass() falls
// back to the MRO.
Object object_subclasshook(const Object&, const CallArgs&) { return detail::not_implemented(); }

const NativeMethodDef object_methods[] = {
    {"__subclasshook__", object_subclasshook, 1, 1, MethodKind::Class},
};

// ---- __class_getitem__ ----------------------------------------------------------------------

// list[int] and list.__class_getitem__(int): types.GenericAlias.
Object generic_class_getitem(const Object& cls, const CallArgs& args) { return make_generic_alias(cls, args.args[0]); }

const NativeMethodDef generic_methods[] = {
    {"__class_getitem__", generic_class_getitem, 1, 1, MethodKind::Class},
};

// ---- dict -----------------------------------------------------------------------------------

// dict.fromkeys(iterable, value=None, /): a new cls() with every key set to
// `value`, through __setitem__ for a subclass.
Object dict_fromkeys(const Object& cls, const CallArgs& args) {
  Object value = args.npos == 2 ? args.args[1] : kNone;
  bool exact = cls.is(Object(types::dict));
  Object d = exact ? new_dict() : call(cls, {});
  Object it = iter(args.args[0]);
  Object key;
  while (next(it, key)) {
    if (exact) dict_set(d, key, value);
    else setitem(d, key, value);
  }
  return d;
}

const NativeMethodDef dict_methods[] = {
    {"fromkeys", dict_fromkeys, 1, 2, MethodKind::Class},
};

// dict_keys/dict_items.isdisjoint(other): no item of `other` is in the view.
Object view_isdisjoint(const Object& self, const CallArgs& args) {
  Object it = iter(args.args[0]);
  Object x;
  while (next(it, x))
    if (contains(self, x)) return kFalse;
  return kTrue;
}

const NativeMethodDef view_methods[] = {
    {"isdisjoint", view_isdisjoint, 1, 1},
};

// ---- what copy and pickle ask of the immutable builtins ---------------------------------------

// str/tuple/bytes.__getnewargs__: (value,), the receiver being the builtin's own value.
Object getnewargs_self(const Object& self, const CallArgs&) { return tuple_of({self}); }
// bytes.__bytes__: the bytes themselves.
Object bytes_bytes(const Object& self, const CallArgs&) { return self; }

// float.__getformat__('double' | 'float'): how the C type stores a float here.
Object float_getformat(const Object&, const CallArgs& args) {
  const Object& kind = args.args[0];
  if (!is_str(kind)) bad_argument("__getformat__", 0, "str", kind);
  if (str_view(kind) != "double" && str_view(kind) != "float") {
    detail::value_error("__getformat__() argument 1 must be 'double' or 'float'");
  }
  return str_from("IEEE, little-endian");
}

const NativeMethodDef getnewargs_methods[] = {
    {"__getnewargs__", getnewargs_self, 0, 0},
};
const NativeMethodDef bytes_extra_methods[] = {
    {"__bytes__", bytes_bytes, 0, 0},
};
const NativeMethodDef float_extra_methods[] = {
    {"__getformat__", float_getformat, 1, 1, MethodKind::Class},
};

// ---- str ------------------------------------------------------------------------------------

// The code point of a one-character str.
std::int64_t single_code_point(const Object& s) {
  std::size_t i = 0;
  return utf8_decode(str_view(s), i);
}

std::int64_t str_length(const Object& s) { return static_cast<StrObject*>(s.heap())->length; }

// str.maketrans(x, y=None, z=None), a static method: the dict str.translate
// takes, keyed by code point.
Object str_maketrans(const Object&, const CallArgs& args) {
  Object table = new_dict();
  if (args.npos == 1) {
    const Object& x = args.args[0];
    if (x.type() != types::dict) type_error("if you give only one argument to maketrans it must be a dict");
    for (const auto& e : as_dict(x)->entries) {
      if (e.key.is_unbound()) continue;
      if (is_str(e.key)) {
        if (str_length(e.key) != 1) value_error("string keys in translate table must be of length 1");
        dict_set(table, Object::from_int(single_code_point(e.key)), e.value);
      } else if (is_int(e.key)) {
        dict_set(table, e.key, e.value);
      } else {
        type_error("keys in translate table must be strings or integers");
      }
    }
    return table;
  }
  for (std::size_t i = 0; i < args.npos; ++i) {
    if (!is_str(args.args[i])) {
      bad_argument("maketrans", static_cast<int>(i + 1), "str", args.args[i]);
    }
  }
  const Object& x = args.args[0];
  const Object& y = args.args[1];
  if (str_length(x) != str_length(y)) value_error("the first two maketrans arguments must have equal length");
  std::string_view xs = str_view(x), ys = str_view(y);
  for (std::size_t i = 0, j = 0; i < xs.size();) {
    std::uint32_t from = utf8_decode(xs, i);
    std::uint32_t to = utf8_decode(ys, j);
    dict_set(table, Object::from_int(from), Object::from_int(to));
  }
  if (args.npos == 3) {
    std::string_view zs = str_view(args.args[2]);
    for (std::size_t i = 0; i < zs.size();) dict_set(table, Object::from_int(utf8_decode(zs, i)), kNone);
  }
  return table;
}

// str.translate(table): each character's code point looked up with
// table[cp]; LookupError keeps the character, None deletes it, an int or a
// str replaces it.
Object str_translate(const Object& self, const CallArgs& args) {
  const Object& table = args.args[0];
  std::string_view s = str_view(self);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    std::uint32_t cp = utf8_decode(s, i);
    Object r;
    try {
      r = getitem(table, Object::from_int(cp));
    } catch (PyException& e) {
      if (!exception_is(e.value, exc::LookupError)) throw;
      out.append(s.substr(start, i - start));
      continue;
    }
    if (r.is_none()) continue;
    if (is_int(r)) {
      std::int64_t v;
      if (!int_to_int64(r, v) || v < 0 || v > 0x10FFFF) value_error("character mapping must be in range(0x110000)");
      utf8_append(out, static_cast<std::uint32_t>(v));
    } else if (is_str(r)) {
      out.append(str_view(r));
    } else {
      type_error("character mapping must return integer, None or str");
    }
  }
  return str_from(std::move(out));
}

const NativeMethodDef str_methods[] = {
    {"maketrans", str_maketrans, 1, 3, MethodKind::Class},
    {"translate", str_translate, 1, 1},
};

// ---- slice and range ------------------------------------------------------------------------

SliceObject* as_slice(const Object& x) { return static_cast<SliceObject*>(x.heap()); }
RangeObject* as_range(const Object& x) { return static_cast<RangeObject*>(x.heap()); }

// slice.indices(length): (start, stop, step) clamped to a sequence of that length.
Object slice_indices_method(const Object& self, const CallArgs& args) {
  std::int64_t length = index_value(args.args[0]);
  if (length < 0) value_error("length should not be negative");
  std::int64_t start, stop, step;
  slice_indices(self, length, start, stop, step);
  return tuple_of({Object::from_int(start), Object::from_int(stop), Object::from_int(step)});
}

const NativeMethodDef slice_methods[] = {
    {"indices", slice_indices_method, 1, 1},
};

const GetSetDef slice_getsets[] = {
    {"start", [](const Object& s) { return as_slice(s)->start; }, true},
    {"stop", [](const Object& s) { return as_slice(s)->stop; }, true},
    {"step", [](const Object& s) { return as_slice(s)->step; }, true},
};

const GetSetDef range_getsets[] = {
    {"start", [](const Object& r) { return Object::from_int(as_range(r)->start); }, true},
    {"stop", [](const Object& r) { return Object::from_int(as_range(r)->stop); }, true},
    {"step", [](const Object& r) { return Object::from_int(as_range(r)->step); }, true},
};

// ---- methods and method-like descriptors --------------------------------------------------------

const GetSetDef method_getsets[] = {
    {"__func__", [](const Object& m) { return static_cast<BoundMethod*>(m.heap())->func; }, true},
    {"__self__", [](const Object& m) { return static_cast<BoundMethod*>(m.heap())->self; }, true},
};

const GetSetDef builtin_function_getsets[] = {
    {"__self__",
     [](const Object& f) {
       const Object& self = static_cast<BuiltinFunction*>(f.heap())->self_;
       return self.is_unbound() ? kNone : self;
     }},
};

// sm_get___isabstractmethod__ / cm_get___isabstractmethod__: the wrapped callable's.
Object wrapped_isabstract(const Object& wrapped) { return Object::from_bool(is_abstract_method(wrapped)); }

const GetSetDef staticmethod_getsets[] = {
    {"__func__", [](const Object& s) { return static_cast<StaticMethodObject*>(s.heap())->func; }, true},
    {"__wrapped__", [](const Object& s) { return static_cast<StaticMethodObject*>(s.heap())->func; }, true},
    {"__isabstractmethod__",
     [](const Object& s) { return wrapped_isabstract(static_cast<StaticMethodObject*>(s.heap())->func); }},
};

const GetSetDef classmethod_getsets[] = {
    {"__func__", [](const Object& c) { return static_cast<ClassMethodObject*>(c.heap())->func; }, true},
    {"__wrapped__", [](const Object& c) { return static_cast<ClassMethodObject*>(c.heap())->func; }, true},
    {"__isabstractmethod__",
     [](const Object& c) { return wrapped_isabstract(static_cast<ClassMethodObject*>(c.heap())->func); }},
};

// property's fget, fset, fdel (members) and __isabstractmethod__, as its getattr answers them.
template <const char* Name>
Object property_field(const Object& p) {
  static const Object name = intern(Name);
  return p.heap()->getattr(name);
}

constexpr char kFget[] = "fget", kFset[] = "fset", kFdel[] = "fdel", kIsAbstract[] = "__isabstractmethod__",
               kMapping[] = "mapping";

const GetSetDef property_getsets[] = {
    {kFget, property_field<kFget>, true},
    {kFset, property_field<kFset>, true},
    {kFdel, property_field<kFdel>, true},
    {kIsAbstract, property_field<kIsAbstract>},
};
// The dict views' mapping, as their getattr answers it.
const GetSetDef view_getsets[] = {{kMapping, property_field<kMapping>}};

// ---- BaseException --------------------------------------------------------------------------

// The attributes ExceptionObject keeps in fields, visible on the classes too
// (ValueError.args is a getset_descriptor in CPython).
template <const Object* Name>
Object exception_field(const Object& e) {
  return static_cast<ExceptionObject*>(e.heap())->base_getattr(*Name);
}

// The per-class fields of exceptions (OSError.errno, StopIteration.value, ...), members of
// their C structs in CPython, read as the instance's attribute; None when unset.
template <const char* Name>
Object exception_member(const Object& e) {
  static const Object name = intern(Name);
  auto* exc = static_cast<ExceptionObject*>(e.heap());
  Object v = exc->base_getattr(name);
  return v.is_unbound() ? kNone : v;
}

constexpr char kErrno[] = "errno", kStrerror[] = "strerror", kFilename[] = "filename", kFilename2[] = "filename2",
               kWritten[] = "characters_written", kName[] = "name", kObj[] = "obj", kMsg[] = "msg", kPath[] = "path",
               kValue[] = "value", kCode[] = "code", kEncoding[] = "encoding", kObject[] = "object", kStart[] = "start",
               kEnd[] = "end", kReason[] = "reason", kMessage[] = "message", kExceptions[] = "exceptions";

const GetSetDef os_error_members[] = {
    {kErrno, exception_member<kErrno>, true},       {kStrerror, exception_member<kStrerror>, true},
    {kFilename, exception_member<kFilename>, true}, {kFilename2, exception_member<kFilename2>, true},
    {kWritten, exception_member<kWritten>},
};
const GetSetDef attribute_error_members[] = {
    {kName, exception_member<kName>, true}, {kObj, exception_member<kObj>, true}};
const GetSetDef name_error_members[] = {{kName, exception_member<kName>, true}};
const GetSetDef import_error_members[] = {
    {kMsg, exception_member<kMsg>, true}, {kName, exception_member<kName>, true}, {kPath, exception_member<kPath>, true}};
const GetSetDef stop_iteration_members[] = {{kValue, exception_member<kValue>, true}};
const GetSetDef system_exit_members[] = {{kCode, exception_member<kCode>, true}};
const GetSetDef unicode_error_members[] = {
    {kEncoding, exception_member<kEncoding>, true}, {kObject, exception_member<kObject>, true},
    {kStart, exception_member<kStart>, true},       {kEnd, exception_member<kEnd>, true},
    {kReason, exception_member<kReason>, true},
};
const GetSetDef exception_group_members[] = {
    {kMessage, exception_member<kMessage>, true}, {kExceptions, exception_member<kExceptions>, true}};

// BaseException.__reduce__: (type, args), with the instance's __dict__ when it has one.
Object exception_reduce(const Object& self, const CallArgs&) {
  auto* e = static_cast<ExceptionObject*>(self.heap());
  Object cls(self.type());
  if (e->dict.is_unbound() || len(e->dict) == 0) return tuple_of({cls, e->args});
  return tuple_of({cls, e->args, e->dict});
}

// BaseException.__setstate__(state): each item of a dict state set as an attribute.
Object exception_setstate(const Object& self, const CallArgs& args) {
  const Object& state = args.args[0];
  if (state.is_none()) return kNone;
  if (!state.type()->is_subtype(types::dict)) detail::type_error("state is not a dictionary");
  for (const auto& entry : as_dict(state)->entries) {
    if (!entry.key.is_unbound()) setattr(self, entry.key, entry.value);
  }
  return kNone;
}

// BaseExceptionGroup.__class_getitem__: types.GenericAlias, as PEP 585's builtins.
Object exception_group_class_getitem(const Object& cls, const CallArgs& args) {
  return make_generic_alias(cls, args.args[0]);
}

const NativeMethodDef exception_methods[] = {
    {"__reduce__", exception_reduce, 0, 0},
    {"__setstate__", exception_setstate, 1, 1},
};
const NativeMethodDef exception_group_methods[] = {
    {"__class_getitem__", exception_group_class_getitem, 1, 1, MethodKind::Class},
};

namespace nm = detail::names;

// BaseException.__dict__: the instance's attribute dict, made on first use.
Object exception_dict(const Object& e) {
  Object* dict = e.heap()->instance_dict();
  if (dict->is_unbound()) *dict = new_dict();
  return *dict;
}

const GetSetDef exception_getsets[] = {
    {"__dict__", exception_dict},
    {"args", exception_field<&nm::args>},
    {"__cause__", exception_field<&nm::cause>},
    {"__context__", exception_field<&nm::context>},
    {"__traceback__", exception_field<&nm::traceback>},
    {"__suppress_context__", exception_field<&nm::suppress_context>, true},
};

}  // namespace

void detail::init_container_methods() {
  add_methods(types::object, object_methods);
  for (TypeObject* t : {types::list, types::tuple, types::dict, types::set, types::frozenset}) {
    add_methods(t, generic_methods);
  }
  add_methods(types::dict, dict_methods);
  add_methods(types::dict_keys, view_methods);
  add_methods(types::dict_items, view_methods);
  add_methods(types::str, str_methods);
  for (TypeObject* t : {types::str, types::tuple, types::bytes}) add_methods(t, getnewargs_methods);
  add_methods(types::bytes, bytes_extra_methods);
  add_methods(types::float_, float_extra_methods);
  add_methods(types::slice, slice_methods);
  add_getsets(types::slice, slice_getsets);
  add_getsets(types::range, range_getsets);
  add_getsets(exc::BaseException, exception_getsets);
  add_methods(exc::BaseException, exception_methods);
  add_getsets(exc::OSError, os_error_members);
  add_getsets(exc::AttributeError, attribute_error_members);
  add_getsets(exc::NameError, name_error_members);
  add_getsets(exc::ImportError, import_error_members);
  add_getsets(exc::StopIteration, stop_iteration_members);
  add_getsets(exc::SystemExit, system_exit_members);
  add_getsets(exc::UnicodeEncodeError, unicode_error_members);
  add_getsets(exc::UnicodeDecodeError, unicode_error_members);
  add_getsets(exc::BaseExceptionGroup, exception_group_members);
  add_methods(exc::BaseExceptionGroup, exception_group_methods);
  add_getsets(types::method, method_getsets);
  add_getsets(types::builtin_function, builtin_function_getsets);
  add_getsets(types::staticmethod, staticmethod_getsets);
  add_getsets(types::classmethod, classmethod_getsets);
  add_getsets(types::property, property_getsets);
  for (TypeObject* view : {types::dict_keys, types::dict_values, types::dict_items}) add_getsets(view, view_getsets);
}

}  // namespace pyrt
