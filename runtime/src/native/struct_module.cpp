// The native module `_struct`, which struct.py (translated from CPython's Lib) re-exports: the
// Struct type, the module functions over a cache of compiled formats, and the iterator of
// iter_unpack. Mirrors CPython 3.11's Modules/_struct.c (s_init, s_pack, s_pack_into,
// s_unpack, s_unpack_from, cache_struct_converter) with its argument errors.
#include <string>
#include <utility>

#include "../object/internal.h"
#include "../object/native_subclass.h"
#include "native.h"
#include "pyrt/object/import.h"
#include "pyrt/object/buffer.h"
#include "pyrt/object/bytearray.h"
#include "pyrt/object/codecs.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/memoryview.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"
#include "struct_format.h"

namespace pyrt {

namespace {

using detail::struct_error;
using detail::StructLayout;
using detail::type_error;

/// A `_struct.Struct`, or the Struct part of a subclass's instance. Until __init__ runs its
/// format is None and its size and item count -1, as s_new leaves them.
struct StructObject : HeapObject {
  explicit StructObject(TypeObject* type) : HeapObject(type) { layout.size = layout.len = -1; }
  Object format;  ///< the format as ASCII bytes
  StructLayout layout;
};

TypeObject* struct_type();
TypeObject* unpack_iterator_type();

StructObject* as_struct(const Object& x) { return static_cast<StructObject*>(x.heap()); }

// Struct___init___impl: a str (encoded as ASCII) or bytes format, without NUL characters.
void init_struct(StructObject* s, const CallArgs& args) {
  Object format;
  parse_args(args, "Struct", {"format"}, 1, 1, &format);
  if (is_str(format)) {
    format = str_encode(format, str_from("ascii"), str_from("strict"));
  } else if (!format.type()->is_subtype(types::bytes)) {
    type_error("Struct() argument 1 must be a str or bytes object, not " + type_name_text(format));
  }
  const std::string& text = static_cast<BytesObject*>(format.heap())->data;
  if (text.find('\0') != std::string::npos) struct_error("embedded null character");
  s->layout = detail::compile_struct_format(text);
  s->format = bytes_from(text);
}

Object struct_init(const CallArgs& args) {
  if (args.npos == 0 || !args.args[0].type()->is_subtype(struct_type())) {
    std::string got = args.npos == 0 ? "nothing" : "a '" + type_name_text(args.args[0]) + "'";
    type_error("descriptor '__init__' requires a '_struct.Struct' object but received " + got);
  }
  init_struct(as_struct(args.args[0]), CallArgs{args.args + 1, args.npos - 1, args.nkw, args.kwnames});
  return kNone;
}

// s_new takes any arguments; the format is __init__'s (a subclass's may take others).
Object struct_new(TypeObject* type, const CallArgs& args) {
  if (type != struct_type()) return detail::new_native_subclass<StructObject>(type);
  auto* s = new StructObject(type);
  Object out(s);
  init_struct(s, args);
  return out;
}

// The module's cache of compiled formats (state->cache), a dict from format to Struct.
Object& struct_cache() {
  static Object cache = new_dict();
  return cache;
}

// cache_struct_converter: the Struct of a format, compiled once; the cache is emptied when it
// reaches MAXCACHE (100) formats.
Object cached_struct(const Object& format) {
  Object s = dict_get(struct_cache(), format);
  if (!s.is_unbound()) return s;
  s = call(Object(struct_type()), {format});
  if (len(struct_cache()) >= 100) struct_cache() = new_dict();
  dict_set(struct_cache(), format, s);
  return s;
}

Object clearcache(const CallArgs&) {
  struct_cache() = new_dict();
  return kNone;
}

// ---- buffers ------------------------------------------------------------------------------

// Argument Clinic's Py_buffer ("y*"): TypeError "a bytes-like object is required, not 'str'".
std::string_view readable_buffer(const Object& x) {
  std::string_view view;
  if (!bytes_like_view(x, view)) type_error("a bytes-like object is required, not '" + type_name_text(x) + "'");
  return view;
}

// PyArg_Parse's "w*": a bytearray or a writable contiguous memoryview.
std::pair<char*, std::int64_t> writable_buffer(const Object& x) {
  if (is_bytearray(x)) {
    std::string& data = static_cast<ByteArrayObject*>(x.heap())->data;
    return {data.data(), static_cast<std::int64_t>(data.size())};
  }
  if (is_memoryview(x)) {
    auto* view = static_cast<MemoryViewObject*>(x.heap());
    view->check_released();
    if (!view->readonly && view->is_contiguous()) {
      return {view->length == 0 ? nullptr : view->item(0), view->length * view->itemsize};
    }
  }
  type_error("argument must be read-write bytes-like object, not " + type_name_text(x));
}

// ---- Struct methods -----------------------------------------------------------------------

Object pack_values(StructObject* s, const Object* values, std::size_t n) {
  if (static_cast<std::int64_t>(n) != s->layout.len) {
    struct_error("pack expected " + std::to_string(s->layout.len) + " items for packing (got " + std::to_string(n) +
                 ")");
  }
  std::string out(static_cast<std::size_t>(s->layout.size), '\0');
  detail::pack_struct(s->layout, values, out.data());
  return bytes_from(out);
}

Object m_pack(const Object& self, const CallArgs& args) {
  check_no_kwargs(args, "Struct.pack");
  return pack_values(as_struct(self), args.args, args.npos);
}

// s_pack_into: the buffer, the offset (negative counts from the end), then the values.
Object pack_into_values(StructObject* s, const Object* args, std::size_t n) {
  const std::int64_t size = s->layout.size;
  if (static_cast<std::int64_t>(n) != s->layout.len + 2) {
    if (n == 0) struct_error("pack_into expected buffer argument");
    if (n == 1) struct_error("pack_into expected offset argument");
    struct_error("pack_into expected " + std::to_string(s->layout.len) + " items for packing (got " +
                 std::to_string(n - 2) + ")");
  }
  auto [data, length] = writable_buffer(args[0]);
  std::int64_t offset;  // PyNumber_AsSsize_t(offset, PyExc_IndexError)
  if (!int_to_int64(number_index(args[1]), offset)) {
    raise_error(exc::IndexError, "cannot fit '" + type_name_text(args[1]) + "' into an index-sized integer");
  }
  if (offset < 0) {
    if (offset + size > 0) {
      struct_error("no space to pack " + std::to_string(size) + " bytes at offset " + std::to_string(offset));
    }
    if (offset + length < 0) {
      struct_error("offset " + std::to_string(offset) + " out of range for " + std::to_string(length) + "-byte buffer");
    }
    offset += length;
  }
  if (length - offset < size) {
    struct_error("pack_into requires a buffer of at least " + std::to_string(size + offset) + " bytes for packing " +
                 std::to_string(size) + " bytes at offset " + std::to_string(offset) + " (actual buffer size is " +
                 std::to_string(length) + ")");
  }
  std::string packed(static_cast<std::size_t>(size), '\0');
  detail::pack_struct(s->layout, args + 2, packed.data());
  packed.copy(data + offset, packed.size());
  return kNone;
}

Object m_pack_into(const Object& self, const CallArgs& args) {
  check_no_kwargs(args, "Struct.pack_into");
  return pack_into_values(as_struct(self), args.args, args.npos);
}

Object unpack_buffer(StructObject* s, const Object& buffer) {
  std::string_view data = readable_buffer(buffer);
  if (static_cast<std::int64_t>(data.size()) != s->layout.size) {
    struct_error("unpack requires a buffer of " + std::to_string(s->layout.size) + " bytes");
  }
  return detail::unpack_struct(s->layout, data.data());
}

Object m_unpack(const Object& self, const CallArgs& args) { return unpack_buffer(as_struct(self), args.args[0]); }

// s_unpack_from: `offset` bytes in (from the end when negative), at least size bytes left.
Object unpack_from_buffer(StructObject* s, const Object& buffer, const Object& offset_arg) {
  std::string_view data = readable_buffer(buffer);
  auto length = static_cast<std::int64_t>(data.size());
  std::int64_t offset = offset_arg.is_unbound() ? 0 : ssize_value(offset_arg);
  const std::int64_t size = s->layout.size;
  if (offset < 0) {
    if (offset + length < 0) {
      struct_error("offset " + std::to_string(offset) + " out of range for " + std::to_string(length) + "-byte buffer");
    }
    offset += length;
  }
  if (length - offset < size) {
    struct_error("unpack_from requires a buffer of at least " + std::to_string(size + offset) +
                 " bytes for unpacking " + std::to_string(size) + " bytes at offset " + std::to_string(offset) +
                 " (actual buffer size is " + std::to_string(length) + ")");
  }
  return detail::unpack_struct(s->layout, data.data() + offset);
}

Object m_unpack_from(const Object& self, const CallArgs& args) {
  Object a[2];
  parse_args(args, "unpack_from", {"buffer", "offset"}, 2, 1, a);
  return unpack_from_buffer(as_struct(self), a[0], a[1]);
}

/// The iterator iter_unpack returns: one tuple per `size` bytes of a memoryview it holds over
/// the buffer, so a bytearray cannot be resized under it (CPython's held Py_buffer).
struct UnpackIterator final : detail::NativeIterator {
  UnpackIterator(Object s, Object view) : NativeIterator(unpack_iterator_type()), s(std::move(s)), view(std::move(view)) {}
  Object s;
  Object view;
  std::int64_t index = 0;

  std::int64_t remaining() {
    std::string_view data;
    if (view.is_unbound() || !bytes_like_view(view, data)) return 0;
    return (static_cast<std::int64_t>(data.size()) - index) / as_struct(s)->layout.size;
  }
  bool next(Object& out) override {
    if (remaining() <= 0) {
      view = Object();  // unpackiter_iternext releases the buffer once done
      return false;
    }
    std::string_view data;
    bytes_like_view(view, data);
    out = detail::unpack_struct(as_struct(s)->layout, data.data() + index);
    index += as_struct(s)->layout.size;
    return true;
  }
  std::int64_t length_hint() override { return remaining(); }
};

// Struct_iter_unpack: a non-empty struct and a buffer of whole items.
Object iter_unpack_buffer(const Object& self, const Object& buffer) {
  StructObject* s = as_struct(self);
  if (s->layout.size == 0) struct_error("cannot iteratively unpack with a struct of length 0");
  std::string_view data = readable_buffer(buffer);
  if (static_cast<std::int64_t>(data.size()) % s->layout.size != 0) {
    struct_error("iterative unpacking requires a buffer of a multiple of " + std::to_string(s->layout.size) + " bytes");
  }
  return make<UnpackIterator>(self, memoryview_from(buffer));
}

Object m_iter_unpack(const Object& self, const CallArgs& args) { return iter_unpack_buffer(self, args.args[0]); }

Object get_format(const Object& self) {
  const Object& f = as_struct(self)->format;
  if (f.is_unbound()) return kNone;
  return str_from(static_cast<BytesObject*>(f.heap())->data);
}

Object get_size(const Object& self) { return Object::from_int(as_struct(self)->layout.size); }

const NativeMethodDef struct_methods[] = {
    {"iter_unpack", m_iter_unpack, 1, 1},
    {"pack", m_pack, kOwnArgs, kOwnArgs},
    {"pack_into", m_pack_into, kOwnArgs, kOwnArgs},
    {"unpack", m_unpack, 1, 1},
    {"unpack_from", m_unpack_from, kOwnArgs, kOwnArgs},
};

const GetSetDef struct_getsets[] = {{"format", get_format}, {"size", get_size}};

TypeObject* struct_type() {
  static TypeObject* const t = [] {
    TypeObject* type = make_builtin_type("Struct", nullptr, "_struct", struct_new, true);
    type->tp_name = "_struct.Struct";
    detail::NativeSlots<StructObject>::add(type, "__init__", struct_init);
    add_methods(type, struct_methods);
    add_getsets(type, struct_getsets);
    return type;
  }();
  return t;
}

// unpackiter_new: CPython's message, its typo included.
Object unpack_iterator_new(TypeObject*, const CallArgs&) { type_error("Cannot create 'unpack_iterator objects"); }

TypeObject* unpack_iterator_type() {
  static TypeObject* const t = [] {
    TypeObject* type = make_builtin_type("unpack_iterator", nullptr, "_struct", unpack_iterator_new);
    type->tp_name = "_struct.unpack_iterator";
    type->is_final_in_cpython = true;
    add_slot_wrappers(type, "__iter__ __next__");
    detail::add_length_hint(type);
    return type;
  }();
  return t;
}

// ---- module functions -----------------------------------------------------------------------

// The format argument of pack and pack_into, which take *args: "missing format argument".
Object leading_format(const CallArgs& args, const char* fname) {
  check_no_kwargs(args, fname);
  if (args.npos == 0) type_error("missing format argument");
  return cached_struct(args.args[0]);
}

Object f_pack(const CallArgs& args) {
  Object s = leading_format(args, "_struct.pack");
  return pack_values(as_struct(s), args.args + 1, args.npos - 1);
}

Object f_pack_into(const CallArgs& args) {
  Object s = leading_format(args, "_struct.pack_into");
  return pack_into_values(as_struct(s), args.args + 1, args.npos - 1);
}

Object f_calcsize(const CallArgs& args) { return Object::from_int(as_struct(cached_struct(args.args[0]))->layout.size); }

Object f_unpack(const CallArgs& args) { return unpack_buffer(as_struct(cached_struct(args.args[0])), args.args[1]); }

// unpack_from(format, /, buffer, offset=0).
Object f_unpack_from(const CallArgs& args) {
  if (args.npos == 0) type_error("unpack_from() takes at least 1 positional argument (0 given)");
  if (args.npos + args.nkw > 3) {
    type_error("unpack_from() takes at most 3 arguments (" + std::to_string(args.npos + args.nkw) + " given)");
  }
  Object s = cached_struct(args.args[0]);
  Object a[2];
  parse_args(CallArgs{args.args + 1, args.npos - 1, args.nkw, args.kwnames}, "unpack_from", {"buffer", "offset"}, 2, 1,
             a);
  return unpack_from_buffer(as_struct(s), a[0], a[1]);
}

Object f_iter_unpack(const CallArgs& args) { return iter_unpack_buffer(cached_struct(args.args[0]), args.args[1]); }

}  // namespace

Object native::make_struct_module() {
  Object m = new_module("_struct",
                        "Functions to convert between Python values and C structs.\n"
                        "Python bytes objects are used to hold the data representing the C struct\n"
                        "and also as format strings (explained below) to describe the layout of data\n"
                        "in the C struct.\n"
                        "\n"
                        "The optional first format char indicates byte order, size and alignment:\n"
                        "  @: native order, size & alignment (default)\n"
                        "  =: native order, std. size & alignment\n"
                        "  <: little-endian, std. size & alignment\n"
                        "  >: big-endian, std. size & alignment\n"
                        "  !: same as >\n"
                        "\n"
                        "The remaining chars indicate types of args and must match exactly;\n"
                        "these can be preceded by a decimal repeat count:\n"
                        "  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n"
                        "  ?: _Bool (requires C99; if not available, char is used instead)\n"
                        "  h:short; H:unsigned short; i:int; I:unsigned int;\n"
                        "  l:long; L:unsigned long; f:float; d:double; e:half-float.\n"
                        "Special cases (preceding decimal count indicates length):\n"
                        "  s:string (array of char); p: pascal string (with count byte).\n"
                        "Special cases (only available in native format):\n"
                        "  n:ssize_t; N:size_t;\n"
                        "  P:an integer type that is wide enough to hold a pointer.\n"
                        "Special case (not in native mode unless 'long long' in platform C):\n"
                        "  q:long long; Q:unsigned long long\n"
                        "Whitespace between formats is ignored.\n"
                        "\n"
                        "The variable struct.error is an exception raised on errors.\n");
  static const NativeFunctionDef functions[] = {
      {"_clearcache", clearcache, 0, 0},
      {"calcsize", f_calcsize, 1, 1},
      {"iter_unpack", f_iter_unpack, 2, 2},
      {"pack", f_pack, kOwnArgs, kOwnArgs},
      {"pack_into", f_pack_into, kOwnArgs, kOwnArgs},
      {"unpack", f_unpack, 2, 2},
      {"unpack_from", f_unpack_from, kOwnArgs, kOwnArgs},
  };
  module_add_functions(m, functions);
  module_add(m, "Struct", Object(struct_type()));
  module_add(m, "error", Object(detail::struct_error_type()));
  return m;
}

}  // namespace pyrt

void pystd_7_struct::register_module() { pyrt::register_module("_struct", pyrt::native::make_struct_module); }
