// memoryview's constructor, methods and attributes. Mirrors CPython 3.11's
// Objects/memoryobject.c (memoryview_impl, memoryview_cast_impl with
// cast_to_1D and cast_to_ND, memoryview_tobytes_impl, memoryview_tolist,
// memoryview_hex_impl, memory_enter/memory_exit, memory_getsetlist).
#include <string>
#include <vector>

#include "bytes_methods.h"
#include "internal.h"
#include "memoryview_items.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/list.h"
#include "pyrt/object/memoryview.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

using detail::type_error;
using detail::value_error;

namespace {

MemoryViewObject* as_mv(const Object& x) { return static_cast<MemoryViewObject*>(x.heap()); }

// The view's memory after CHECK_RELEASED, for the attribute getters.
MemoryViewObject* live(const Object& x) {
  MemoryViewObject* mv = as_mv(x);
  mv->check_released();
  return mv;
}

// memoryview(object)
Object memoryview_new(TypeObject*, const CallArgs& args) {
  Object a[1];
  parse_args(args, "memoryview", {"object"}, 1, 1, a);
  return memoryview_from(a[0]);
}

// tobytes(order='C'): the bytes in logical order; 'F' and 'A' give the same
// bytes for one dimension.
Object m_tobytes(const Object& self, const CallArgs& args) {
  Object a[1];
  parse_args(args, "tobytes", {"order"}, 1, 0, a);
  if (!a[0].is_unbound() && !a[0].is_none() && !is_str(a[0])) {
    type_error("tobytes() argument 'order' must be str or None, not " + type_name_text(a[0]));
  }
  MemoryViewObject* mv = live(self);
  if (is_str(a[0])) {
    std::string_view order = str_view(a[0]);
    if (order != "C" && order != "F" && order != "A") value_error("order must be 'C', 'F' or 'A'");
  }
  return bytes_from(mv->tobytes());
}

Object m_tolist(const Object& self, const CallArgs&) {
  MemoryViewObject* mv = live(self);
  std::vector<Object> out;
  out.reserve(static_cast<std::size_t>(mv->length));
  for (std::int64_t i = 0; i < mv->length; ++i) out.push_back(detail::unpack_item(mv->code(), mv->item(i)));
  return list_from_vector(std::move(out));
}

// hex(sep=<unset>, bytes_per_sep=1): the argument parsing comes before the
// released check, as Argument Clinic's wrapper runs first.
Object m_hex(const Object& self, const CallArgs& args) {
  if (as_mv(self)->released()) {
    Object a[2];
    parse_args(args, "hex", {"sep", "bytes_per_sep"}, 2, 0, a);
  }
  std::string bytes = live(self)->tobytes();
  return detail::strhex(bytes, args, "hex");
}

Object m_release(const Object& self, const CallArgs&) {
  as_mv(self)->release();
  return kNone;
}

Object m_toreadonly(const Object& self, const CallArgs&) {
  Object view = make<MemoryViewObject>(*live(self));
  as_mv(view)->readonly = true;
  return view;
}

Object m_enter(const Object& self, const CallArgs&) {
  live(self);
  return self;
}

Object m_exit(const Object& self, const CallArgs&) {
  as_mv(self)->release();
  return kNone;
}

// cast_to_ND's check of a one-element shape: the item count in the view.
void check_cast_shape(const Object& shape, std::int64_t nbytes, std::int64_t itemsize) {
  const Object& n = is_tuple(shape) ? tuple_items(shape)[0] : list_items(shape)[0];
  if (!is_int(n)) type_error("memoryview.cast(): elements of shape must be integers");
  std::int64_t v;
  if (!int_to_int64(n, v)) raise_error(exc::OverflowError, "Python int too large to convert to C ssize_t");
  if (v <= 0) value_error("memoryview.cast(): elements of shape must be integers > 0");
  if (v * itemsize != nbytes) type_error("memoryview: product(shape) * itemsize != buffer size");
}

// memoryview_cast_impl for one-dimensional results, in its order of checks.
Object m_cast(const Object& self, const CallArgs& args) {
  Object a[2];
  parse_args(args, "cast", {"format", "shape"}, 2, 1, a);
  if (!is_str(a[0])) type_error("cast() argument 'format' must be str, not " + type_name_text(a[0]));
  MemoryViewObject* mv = live(self);
  const Object& shape = a[1];
  bool has_shape = !shape.is_unbound();
  if (!mv->is_contiguous()) type_error("memoryview: casts are restricted to C-contiguous views");
  if (has_shape && mv->length == 0) type_error("memoryview: cannot cast view with zeros in shape or strides");
  std::size_t ndim = 1;
  if (has_shape) {
    if (!is_tuple(shape) && !is_list(shape)) type_error("shape must be a list or a tuple");
    ndim = is_tuple(shape) ? tuple_items(shape).size() : list_items(shape).size();
    if (ndim > 64) value_error("memoryview: number of dimensions must not exceed 64");
  }
  std::string format(str_view(a[0]));
  std::int64_t itemsize = detail::native_item_size(format);
  if (itemsize == 0) {
    value_error("memoryview: destination format must be a native single character format prefixed with an "
                "optional '@'");
  }
  auto byte_format = [](char c) { return c == 'B' || c == 'b' || c == 'c'; };
  if (!byte_format(mv->code()) && !byte_format(format.back())) {
    type_error("memoryview: cannot cast between two non-byte formats");
  }
  std::int64_t nbytes = mv->length * mv->itemsize;
  if (nbytes % itemsize != 0) type_error("memoryview: length is not a multiple of itemsize");
  // pyrt's views have one dimension; CPython's cast_to_ND also makes 0-d and N-d views.
  if (ndim != 1) {
    raise_error(exc::NotImplementedError, "memoryview: casts to 0 or several dimensions are not supported");
  }
  if (has_shape) check_cast_shape(shape, nbytes, itemsize);
  Object view = make<MemoryViewObject>(*mv);
  MemoryViewObject* out = as_mv(view);
  out->format = format;
  out->itemsize = itemsize;
  out->stride = itemsize;
  out->length = nbytes / itemsize;
  return view;
}

const NativeMethodDef memoryview_methods[] = {
    {"tobytes", m_tobytes, kOwnArgs, kOwnArgs},
    {"tolist", m_tolist, 0, 0},
    {"hex", m_hex, kOwnArgs, kOwnArgs},
    {"release", m_release, 0, 0},
    {"toreadonly", m_toreadonly, 0, 0},
    {"cast", m_cast, kOwnArgs, kOwnArgs},
    {"__enter__", m_enter, 0, 0},
    {"__exit__", m_exit, 0, kAnyArgs},
};

Object one_tuple(std::int64_t v) { return tuple_of({Object::from_int(v)}); }

// memory_getsetlist: every attribute raises once the view is released.
const GetSetDef memoryview_getsets[] = {
    {"obj", [](const Object& m) { return live(m)->obj; }},
    {"nbytes", [](const Object& m) { return Object::from_int(live(m)->length * as_mv(m)->itemsize); }},
    {"readonly", [](const Object& m) { return Object::from_bool(live(m)->readonly); }},
    {"itemsize", [](const Object& m) { return Object::from_int(live(m)->itemsize); }},
    {"format", [](const Object& m) { return str_from(live(m)->format); }},
    {"ndim",
     [](const Object& m) {
       live(m);
       return Object::from_int(1);
     }},
    {"shape", [](const Object& m) { return one_tuple(live(m)->length); }},
    {"strides", [](const Object& m) { return one_tuple(live(m)->stride); }},
    {"suboffsets",
     [](const Object& m) {
       live(m);
       return tuple_of({});
     }},
    {"c_contiguous", [](const Object& m) { return Object::from_bool(live(m)->is_contiguous()); }},
    {"f_contiguous", [](const Object& m) { return Object::from_bool(live(m)->is_contiguous()); }},
    {"contiguous", [](const Object& m) { return Object::from_bool(live(m)->is_contiguous()); }},
};

}  // namespace

void detail::init_memoryview_type() {
  types::memoryview = make_builtin_type("memoryview", nullptr, "builtins", memoryview_new);
  types::memoryview->collection_flags = TypeObject::kSequenceFlag;  // Py_TPFLAGS_SEQUENCE
  types::memoryview->is_final_in_cpython = true;
  add_methods(types::memoryview, memoryview_methods);
  add_getsets(types::memoryview, memoryview_getsets);
}

}  // namespace pyrt
