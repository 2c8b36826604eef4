// memoryview's object protocol: construction over a bytes or bytearray
// exporter, release, repr, hash, comparison, iteration, indexing and stores.
// Mirrors CPython 3.11's Objects/memoryobject.c (memory_new, memory_release,
// memory_subscript, memory_ass_sub, memory_richcompare, memory_hash).
#include "pyrt/object/memoryview.h"

#include <cstdio>
#include <cstring>
#include <string>

#include "internal.h"
#include "memoryview_items.h"
#include "pyrt/object/buffer.h"
#include "pyrt/object/bytearray.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

using detail::type_error;
using detail::value_error;

namespace {

// The exporter's whole memory: bytes' storage is never written through a
// read-only view, a bytearray's only through a writable one.
char* exporter_data(const Object& obj) noexcept {
  if (is_bytearray(obj)) return static_cast<ByteArrayObject*>(obj.heap())->data.data();
  return static_cast<BytesObject*>(obj.heap())->data.data();
}

std::int64_t exporter_size(const Object& obj) noexcept {
  if (is_bytearray(obj)) return static_cast<std::int64_t>(static_cast<ByteArrayObject*>(obj.heap())->data.size());
  return static_cast<std::int64_t>(static_cast<BytesObject*>(obj.heap())->data.size());
}

void add_export(const Object& obj, int delta) noexcept {
  if (is_bytearray(obj)) static_cast<ByteArrayObject*>(obj.heap())->exports += delta;
}

}  // namespace

MemoryViewObject::MemoryViewObject(Object exporter)
    : HeapObject(types::memoryview),
      obj(std::move(exporter)),
      length(exporter_size(obj)),
      readonly(!is_bytearray(obj)) {
  add_export(obj, 1);
}

MemoryViewObject::MemoryViewObject(const MemoryViewObject& base)
    : HeapObject(types::memoryview),
      obj(base.obj),
      offset(base.offset),
      length(base.length),
      stride(base.stride),
      itemsize(base.itemsize),
      format(base.format),
      readonly(base.readonly) {
  add_export(obj, 1);
}

MemoryViewObject::~MemoryViewObject() { release(); }

void MemoryViewObject::check_released() const {
  if (released()) value_error("operation forbidden on released memoryview object");
}

std::string_view MemoryViewObject::contiguous_bytes() const noexcept {
  if (length == 0) return {};
  return {item(0), static_cast<std::size_t>(length * itemsize)};
}

char* MemoryViewObject::item(std::int64_t i) const noexcept { return exporter_data(obj) + offset + i * stride; }

std::string MemoryViewObject::tobytes() const {
  check_released();
  if (is_contiguous()) return std::string(contiguous_bytes());
  std::string out;
  out.reserve(static_cast<std::size_t>(length * itemsize));
  for (std::int64_t i = 0; i < length; ++i) out.append(item(i), static_cast<std::size_t>(itemsize));
  return out;
}

void MemoryViewObject::release() noexcept {
  if (released()) return;
  add_export(obj, -1);
  obj = Object();
}

Object MemoryViewObject::repr() {
  char buf[64];
  std::snprintf(buf, sizeof buf, "<%smemory at %p>", released() ? "released " : "", static_cast<void*>(this));
  return str_from(buf);
}

std::int64_t MemoryViewObject::hash() {
  if (hashed) return hash_value;
  check_released();
  if (!readonly) value_error("cannot hash writable memoryview object");
  char c = code();
  if (c != 'B' && c != 'b' && c != 'c') value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
  // The exporter must be hashable too: a read-only view of a bytearray is not.
  pyrt::hash(obj);
  std::string bytes = tobytes();
  hash_value = hash_bytes(bytes.data(), bytes.size());
  hashed = true;
  return hash_value;
}

namespace {

// One side of a comparison or a slice store: a layout and format over memory.
struct Items {
  const char* base;
  std::int64_t length, stride, itemsize;
  char code;
  std::string_view format;  ///< without '@'
  const char* at(std::int64_t i) const { return base + i * stride; }
};

Items items_of(const MemoryViewObject& mv) {
  std::string_view f = mv.format;
  if (f[0] == '@') f.remove_prefix(1);
  return {mv.length ? mv.item(0) : nullptr, mv.length, mv.stride, mv.itemsize, mv.code(), f};
}

// PyObject_GetBuffer(PyBUF_FULL_RO) of a bytes or bytearray: unsigned bytes.
Items items_of_bytes(std::string_view bytes) {
  return {bytes.data(), static_cast<std::int64_t>(bytes.size()), 1, 1, 'B', "B"};
}

// cmp_base with unpack_cmp: identical integer codes compare their bytes,
// other pairs their unpacked values (floats by value: nan is unequal).
bool items_equal(const Items& a, const Items& b) {
  if (a.length != b.length) return false;
  bool raw = a.code == b.code && a.code != 'f' && a.code != 'd';
  for (std::int64_t i = 0; i < a.length; ++i) {
    if (raw) {
      if (std::memcmp(a.at(i), b.at(i), static_cast<std::size_t>(a.itemsize)) != 0) return false;
      continue;
    }
    Object x = detail::unpack_item(a.code, a.at(i));
    if (!truthy(compare(CmpOp::Eq, x, detail::unpack_item(b.code, b.at(i))))) return false;
  }
  return true;
}

MemoryViewObject* as_mv(const Object& x) { return static_cast<MemoryViewObject*>(x.heap()); }

}  // namespace

Object MemoryViewObject::richcompare(const Object& other, CmpOp op) {
  if (op != CmpOp::Eq && op != CmpOp::Ne) return Object();
  bool equal;
  if (released() || (is_memoryview(other) && as_mv(other)->released())) {
    equal = other.is_heap() && other.heap() == this;
  } else if (is_memoryview(other)) {
    equal = items_equal(items_of(*this), items_of(*as_mv(other)));
  } else {
    std::string_view o;
    if (!try_bytes_like_view(other, o)) return Object();
    equal = items_equal(items_of(*this), items_of_bytes(o));
  }
  return Object::from_bool(equal == (op == CmpOp::Eq));
}

namespace {

// memory_iter: unpacks each item when it is reached; ValueError if the view
// is released meanwhile, as memoryiter_next's CHECK_RELEASED.
struct MemoryIterator final : detail::NativeIterator {
  MemoryIterator(TypeObject* t, Object view) : NativeIterator(t), view(std::move(view)) {}
  Object view;  ///< unbound once exhausted
  std::int64_t i = 0;
  bool next(Object& out) override {
    if (view.is_unbound()) return false;
    MemoryViewObject* mv = as_mv(view);
    if (i >= mv->length) {
      view = Object();
      return false;
    }
    mv->check_released();
    out = detail::unpack_item(mv->code(), mv->item(i++));
    return true;
  }
};

}  // namespace

Object MemoryViewObject::iter() {
  check_released();
  static TypeObject* t = detail::iterator_type("memory_iterator", false);
  return make<MemoryIterator>(t, Object(this));
}

Object MemoryViewObject::truthy() { return Object::from_bool(len() != 0); }

std::int64_t MemoryViewObject::len() {
  check_released();
  return length;
}

namespace {

// PyIndex_Check: an int or an object with __index__.
bool has_index(const Object& x) { return is_int(x) || !x.type()->lookup(detail::names::index).is_unbound(); }

// PyNumber_AsSsize_t(key, PyExc_IndexError) then ptr_from_index's bounds check.
std::int64_t item_index(const MemoryViewObject& mv, const Object& key) {
  Object i = key;
  if (!is_int(key)) i = Object::from_int(index_value(key));
  std::int64_t n;
  if (!int_to_int64(i, n)) detail::index_error("cannot fit 'int' into an index-sized integer");
  if (n < 0) n += mv.length;
  if (n < 0 || n >= mv.length) detail::index_error("index out of bounds on dimension 1");
  return n;
}

bool all_of_tuple(const Object& t, bool (*pred)(const Object&)) {
  for (const Object& x : tuple_items(t)) {
    if (!pred(x)) return false;
  }
  return true;
}

bool is_index_key(const Object& x) { return has_index(x); }
bool is_slice_key(const Object& x) { return is_slice(x); }

// is_multiindex then memory_item_multi / ptr_from_tuple for a one-dimensional view.
std::int64_t tuple_index(const MemoryViewObject& mv, const Object& key) {
  std::size_t n = tuple_items(key).size();
  if (n < 1) raise_error(exc::NotImplementedError, "sub-views are not implemented");
  if (n > 1) type_error("cannot index 1-dimension view with " + std::to_string(n) + "-element tuple");
  return item_index(mv, tuple_items(key)[0]);
}

// A view of the items `slice` selects (init_slice): same memory, scaled stride.
Object sliced(const MemoryViewObject& mv, const Object& slice) {
  std::int64_t start, stop, step;
  std::int64_t count = slice_indices(slice, mv.length, start, stop, step);
  auto view = make<MemoryViewObject>(mv);
  auto* out = as_mv(view);
  out->offset = mv.offset + start * mv.stride;
  out->stride = mv.stride * step;
  out->length = count;
  return view;
}

}  // namespace

Object MemoryViewObject::getitem(const Object& key) {
  check_released();
  if (has_index(key)) return detail::unpack_item(code(), item(item_index(*this, key)));
  if (is_slice(key)) return sliced(*this, key);
  if (is_tuple(key) && all_of_tuple(key, is_index_key)) {
    return detail::unpack_item(code(), item(tuple_index(*this, key)));
  }
  if (is_tuple(key) && !tuple_items(key).empty() && all_of_tuple(key, is_slice_key)) {
    raise_error(exc::NotImplementedError, "multi-dimensional slicing is not implemented");
  }
  type_error("memoryview: invalid slice key");
}

namespace {

// memory_ass_sub's one-dimensional slice store: the value is any buffer of
// the same format and length (equiv_structure), copied first so overlapping
// views read the old contents, as copy_single's temporary buffer does.
void store_slice(MemoryViewObject& mv, const Object& key, const Object& value) {
  Object view = sliced(mv, key);
  Items dest = items_of(*as_mv(view));
  std::string_view bytes;
  Items src;
  if (is_memoryview(value)) {
    as_mv(value)->check_released();
    src = items_of(*as_mv(value));
  } else if (bytes_like_view(value, bytes)) {
    src = items_of_bytes(bytes);
  } else {
    type_error("a bytes-like object is required, not '" + type_name_text(value) + "'");
  }
  if (dest.format != src.format || dest.length != src.length) {
    value_error("memoryview assignment: lvalue and rvalue have different structures");
  }
  std::string copy;
  for (std::int64_t i = 0; i < src.length; ++i) copy.append(src.at(i), static_cast<std::size_t>(src.itemsize));
  auto size = static_cast<std::size_t>(dest.itemsize);
  for (std::int64_t i = 0; i < dest.length; ++i) {
    std::memcpy(const_cast<char*>(dest.at(i)), copy.data() + static_cast<std::size_t>(i) * size, size);
  }
}

}  // namespace

void MemoryViewObject::setitem(const Object& key, const Object& value) {
  check_released();
  if (readonly) type_error("cannot modify read-only memory");
  if (value.is_unbound()) type_error("cannot delete memory");
  if (has_index(key)) return detail::pack_item(code(), value, item(item_index(*this, key)));
  if (is_slice(key)) return store_slice(*this, key, value);
  if (is_tuple(key) && all_of_tuple(key, is_index_key)) {
    return detail::pack_item(code(), value, item(tuple_index(*this, key)));
  }
  if (is_tuple(key) && !tuple_items(key).empty() && all_of_tuple(key, is_slice_key)) {
    raise_error(exc::NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
  }
  type_error("memoryview: invalid slice key");
}

Object memoryview_from(const Object& source) {
  if (is_memoryview(source)) {
    as_mv(source)->check_released();
    return make<MemoryViewObject>(*as_mv(source));
  }
  if (source.type() != types::bytes && !is_bytearray(source)) {
    type_error("memoryview: a bytes-like object is required, not '" + type_name_text(source) + "'");
  }
  return make<MemoryViewObject>(source);
}

bool is_memoryview(const Object& x) noexcept { return x.is_heap() && x.heap()->type == types::memoryview; }

}  // namespace pyrt
