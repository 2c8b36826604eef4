// bytearray: mutable bytes. Mirrors CPython 3.11's Objects/bytearrayobject.c
// (bytearray_init, bytearray_ass_subscript, bytearray_iconcat, the list-like
// methods), reusing bytes' repr; the byte-string methods shared with bytes
// are in bytes_methods.cpp.
#include "pyrt/object/bytearray.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "bytes_methods.h"
#include "internal.h"
#include "pyrt/object/buffer.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/codecs.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/memoryview.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

using detail::type_error;
using detail::value_error;

ByteArrayObject::ByteArrayObject(std::string bytes) : HeapObject(types::bytearray), data(std::move(bytes)) {}

Object bytearray_from(std::string_view bytes) { return make<ByteArrayObject>(std::string(bytes)); }

bool is_bytearray(const Object& x) noexcept { return x.is_heap() && x.heap()->type == types::bytearray; }

void ByteArrayObject::check_resize(std::size_t new_size) const {
  if (exports > 0 && new_size != data.size()) {
    raise_error(exc::BufferError, "Existing exports of data: object cannot be re-sized");
  }
}

namespace {

ByteArrayObject* as_ba(const Object& x) { return static_cast<ByteArrayObject*>(x.heap()); }

// PyIndex_Check: an int or an object with __index__.
bool has_index(const Object& x) { return is_int(x) || !x.type()->lookup(detail::names::index).is_unbound(); }

// _getbytevalue: an int in range(0, 256); index_value's TypeError for
// non-ints ("'bytes' object cannot be interpreted as an integer"). Ints
// beyond int64 clamp out of range, as PyLong_AsLongAndOverflow's overflow does.
char byte_value(const Object& x) {
  std::int64_t v = index_value(x);
  if (v < 0 || v > 255) value_error("byte must be in range(0, 256)");
  return static_cast<char>(v);
}

// The bytes of an iterable of ints (bytearray_init's and
// bytearray_extend's loop): a bytes-like object is copied as it is.
std::string bytes_of_iterable(const Object& it_source) {
  std::string out;
  if (bytes_like_copy(it_source, out)) return out;
  Object it = iter(it_source);
  Object x;
  while (next(it, x)) out += byte_value(x);
  return out;
}

// bytearray_iter: reads the live contents, so appends during iteration are seen.
struct ByteArrayIterator final : detail::NativeIterator {
  ByteArrayIterator(TypeObject* t, Object seq) : NativeIterator(t), seq(std::move(seq)) {}
  Object seq;  ///< unbound once exhausted
  std::size_t i = 0;
  bool next(Object& out) override {
    if (seq.is_unbound()) return false;
    const std::string& d = as_ba(seq)->data;
    if (i >= d.size()) {
      seq = Object();
      return false;
    }
    out = Object::from_int(static_cast<unsigned char>(d[i++]));
    return true;
  }
  std::int64_t length_hint() override {
    if (seq.is_unbound()) return 0;
    std::size_t n = as_ba(seq)->data.size();
    return n > i ? static_cast<std::int64_t>(n - i) : 0;
  }
};

}  // namespace

Object ByteArrayObject::repr() { return str_from("bytearray(" + bytes_repr_text(data, true) + ")"); }
Object ByteArrayObject::str() { return repr(); }
std::int64_t ByteArrayObject::hash() { type_error("unhashable type: '" + type->message_name() + "'"); }

Object ByteArrayObject::richcompare(const Object& other, CmpOp op) {
  // bytearray_richcompare answers NotImplemented when other's buffer fails.
  std::string_view o;
  if (!try_bytes_like_view(other, o)) return Object();
  return detail::richcompare_result(std::string_view(data).compare(o), op);
}

Object ByteArrayObject::iter() {
  static TypeObject* t = detail::iterator_type("bytearray_iterator");
  return make<ByteArrayIterator>(t, Object(this));
}

std::int64_t ByteArrayObject::len() { return static_cast<std::int64_t>(data.size()); }
Object ByteArrayObject::truthy() { return Object::from_bool(!data.empty()); }

Object ByteArrayObject::getitem(const Object& key) {
  if (is_slice(key)) {
    std::int64_t start, stop, step;
    std::int64_t n = slice_indices(key, static_cast<std::int64_t>(data.size()), start, stop, step);
    std::string out;
    for (std::int64_t k = 0, i = start; k < n; ++k, i += step) out += data[static_cast<std::size_t>(i)];
    return bytearray_from(out);
  }
  std::int64_t i = sequence_index(key, static_cast<std::int64_t>(data.size()), "bytearray");
  return Object::from_int(static_cast<unsigned char>(data[static_cast<std::size_t>(i)]));
}

void ByteArrayObject::setitem(const Object& key, const Object& value) {
  auto n = static_cast<std::int64_t>(data.size());
  if (has_index(key)) {
    std::int64_t i = index_value(key);
    // CPython reads the value before checking the index (GH-91153).
    char v = value.is_unbound() ? 0 : byte_value(value);
    if (i < 0) i += n;
    if (i < 0 || i >= n) detail::index_error("bytearray index out of range");
    if (value.is_unbound()) {
      check_resize(data.size() - 1);
      data.erase(static_cast<std::size_t>(i), 1);
    } else {
      data[static_cast<std::size_t>(i)] = v;
    }
    return;
  }
  if (!is_slice(key)) type_error("bytearray indices must be integers or slices, not " + type_name_text(key));
  std::int64_t start, stop, step;
  std::int64_t count = slice_indices(key, n, start, stop, step);
  // Materialized first, so `a[:] = a` sees the old contents.
  std::string src;
  if (!value.is_unbound()) {
    if (has_index(value) || value.is_float() || is_str(value)) {
      type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }
    src = bytes_of_iterable(value);
  }
  if (step == 1) {
    if (stop < start) stop = start;
    check_resize(data.size() - static_cast<std::size_t>(stop - start) + src.size());
    data.replace(static_cast<std::size_t>(start), static_cast<std::size_t>(stop - start), src);
    return;
  }
  if (value.is_unbound()) {
    if (count <= 0) return;
    check_resize(data.size() - static_cast<std::size_t>(count));
    if (step < 0) {
      start = start + (count - 1) * step;
      step = -step;
    }
    std::string kept;
    std::int64_t next_del = start, deleted = 0;
    for (std::int64_t i = 0; i < n; ++i) {
      if (deleted < count && i == next_del) {
        ++deleted;
        next_del += step;
        continue;
      }
      kept += data[static_cast<std::size_t>(i)];
    }
    data = std::move(kept);
    return;
  }
  if (static_cast<std::int64_t>(src.size()) != count) {
    value_error("attempt to assign bytes of size " + std::to_string(src.size()) + " to extended slice of size " +
                std::to_string(count));
  }
  for (std::int64_t k = 0, i = start; k < count; ++k, i += step) {
    data[static_cast<std::size_t>(i)] = src[static_cast<std::size_t>(k)];
  }
}

Object ByteArrayObject::contains(const Object& item) {
  return detail::bytes_contains(data, item);
}

namespace {

// bytearray_repeat: a negative count is an empty result.
std::string repeated(const std::string& data, const Object& count) {
  std::int64_t n;
  if (!int_to_int64(count, n)) raise_error(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
  std::string out;
  if (n > 0) {
    if (data.size() > static_cast<std::size_t>(INT64_MAX) / static_cast<std::size_t>(n)) {
      raise_error(exc::MemoryError, "");
    }
    out.reserve(data.size() * static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) out += data;
  }
  return out;
}

}  // namespace

Object ByteArrayObject::binop(BinaryOp op, const Object& other, bool reflected) {
  if (op == BinaryOp::Mod && !reflected) return bytearray_from(detail::bytes_percent_format(data, other));
  std::string_view o;
  if (op == BinaryOp::Add && !reflected && try_bytes_like_view(other, o)) return bytearray_from(data + std::string(o));
  if (op == BinaryOp::Mult && is_int(other)) return bytearray_from(repeated(data, other));
  return Object();
}

Object ByteArrayObject::inplace(BinaryOp op, const Object& other) {
  std::string_view o;
  if (op == BinaryOp::Add && try_bytes_like_view(other, o)) {
    check_resize(data.size() + o.size());
    data += std::string(o);  // copied first: `a += a` reads what it appends to
    return Object(this);
  }
  if (op == BinaryOp::Mult && is_int(other)) {
    std::string out = repeated(data, other);
    check_resize(out.size());
    // Assigned only when the size changes: a view's pointer stays valid for `*= 1`.
    if (out.size() != data.size()) data = std::move(out);
    return Object(this);
  }
  return Object();
}

namespace {

Object m_append(const Object& self, const CallArgs& args) {
  char v = byte_value(args.args[0]);
  as_ba(self)->check_resize(as_ba(self)->data.size() + 1);
  as_ba(self)->data += v;
  return Object::none();
}

// bytearray_extend: a buffer goes through bytearray_setslice's
// PyBUF_SIMPLE request, which a strided or released memoryview fails.
Object m_extend(const Object& self, const CallArgs& args) {
  const Object& src = args.args[0];
  ByteArrayObject* ba = as_ba(self);
  std::string_view view;
  if (!try_bytes_like_view(src, view)) {
    if (is_memoryview(src)) type_error("can't set bytearray slice from memoryview");
    Object it;
    try {
      it = iter(src);
    } catch (PyException& e) {
      if (!exception_is(e.value, exc::TypeError)) throw;
      type_error("can't extend bytearray with " + type_name_text(src));
    }
    std::string out;
    Object x;
    while (next(it, x)) out += byte_value(x);
    ba->check_resize(ba->data.size() + out.size());
    ba->data += out;
    return Object::none();
  }
  ba->check_resize(ba->data.size() + view.size());
  ba->data += std::string(view);
  return Object::none();
}

Object m_pop(const Object& self, const CallArgs& args) {
  std::string& d = as_ba(self)->data;
  std::int64_t i = args.npos > 0 ? ssize_value(args.args[0]) : -1;
  if (d.empty()) detail::index_error("pop from empty bytearray");
  auto n = static_cast<std::int64_t>(d.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) detail::index_error("pop index out of range");
  auto v = static_cast<unsigned char>(d[static_cast<std::size_t>(i)]);
  as_ba(self)->check_resize(d.size() - 1);
  d.erase(static_cast<std::size_t>(i), 1);
  return Object::from_int(v);
}

Object m_clear(const Object& self, const CallArgs&) {
  as_ba(self)->check_resize(0);
  as_ba(self)->data.clear();
  return Object::none();
}

Object m_copy(const Object& self, const CallArgs&) { return bytearray_from(as_ba(self)->data); }

// bytearray_insert_impl: the index clamps to [0, len] as list.insert's does.
Object m_insert(const Object& self, const CallArgs& args) {
  std::string& d = as_ba(self)->data;
  std::int64_t i = ssize_value(args.args[0]);
  char v = byte_value(args.args[1]);
  auto n = static_cast<std::int64_t>(d.size());
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  as_ba(self)->check_resize(d.size() + 1);
  d.insert(static_cast<std::size_t>(i), 1, v);
  return Object::none();
}

// bytearray_reverse: in place, so a view sees the reversed bytes.
Object m_reverse(const Object& self, const CallArgs&) {
  std::string& d = as_ba(self)->data;
  std::reverse(d.begin(), d.end());
  return Object::none();
}

Object m_remove(const Object& self, const CallArgs& args) {
  std::string& d = as_ba(self)->data;
  std::size_t at = d.find(byte_value(args.args[0]));
  if (at == std::string::npos) value_error("value not found in bytearray");
  as_ba(self)->check_resize(d.size() - 1);
  d.erase(at, 1);
  return Object::none();
}

// bytearray(source=b'', encoding=None, errors=None), in bytearray_init's order of checks.
Object bytearray_new(TypeObject*, const CallArgs& args) {
  Object a[3];
  parse_args(args, "bytearray", {"source", "encoding", "errors"}, 3, 0, a);
  bool encoded = !a[1].is_unbound() || !a[2].is_unbound();
  if (a[0].is_unbound()) {
    if (encoded) type_error("encoding or errors without sequence argument");
    return bytearray_from("");
  }
  if (is_str(a[0])) {
    if (a[1].is_unbound()) type_error("string argument without an encoding");
    return bytearray_from(static_cast<BytesObject*>(str_encode(a[0], a[1], a[2]).heap())->data);
  }
  if (!a[1].is_unbound()) type_error("encoding without a string argument");
  if (!a[2].is_unbound()) type_error("errors without a string argument");
  if (has_index(a[0])) {
    std::int64_t n = ssize_value(a[0]);
    if (n < 0) value_error("negative count");
    return bytearray_from(std::string(static_cast<std::size_t>(n), '\0'));
  }
  std::string copy;
  if (bytes_like_copy(a[0], copy)) return bytearray_from(copy);
  Object it;
  try {
    it = iter(a[0]);
  } catch (PyException& e) {
    if (!exception_is(e.value, exc::TypeError)) throw;
    type_error("cannot convert '" + type_name_text(a[0]) + "' object to bytearray");
  }
  std::string out;
  Object x;
  while (next(it, x)) out += byte_value(x);
  return bytearray_from(out);
}

// bytearray's methods with their arities (the checks and messages of NativeMethodDef).
const NativeMethodDef bytearray_methods[] = {
    {"append", m_append, 1, 1},
    {"extend", m_extend, 1, 1},
    {"pop", m_pop, 0, 1},
    {"clear", m_clear, 0, 0},
    {"copy", m_copy, 0, 0},
    {"insert", m_insert, 2, 2},
    {"remove", m_remove, 1, 1},
    {"reverse", m_reverse, 0, 0},
};

}  // namespace

void detail::init_bytearray_type() {
  types::bytearray = make_builtin_type("bytearray", nullptr, "builtins", bytearray_new);
  add_methods(types::bytearray, bytearray_methods);
  add_bytes_methods(types::bytearray);
}

}  // namespace pyrt
