// memoryview's export accounting and the buffer protocol's two readings:
// a bytearray refuses to resize exactly while some unreleased view of it
// exists (CPython's managed-buffer rule), and strided or released views are
// refused where PyBUF_SIMPLE is asked but copied where PyBuffer_ToContiguous is.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "pyrt/object/buffer.h"
#include "pyrt/object/bytearray.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/memoryview.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {
namespace {

ByteArrayObject* as_ba(const Object& x) { return static_cast<ByteArrayObject*>(x.heap()); }
MemoryViewObject* as_mv(const Object& x) { return static_cast<MemoryViewObject*>(x.heap()); }

// The type name of the exception `f` raises, or "" when it returns.
template <typename F>
std::string raised(F f) {
  try {
    f();
  } catch (PyException& e) {
    return e.value.type()->name;
  }
  return "";
}

TEST(MemoryViewExports, EveryUnreleasedViewOfABytearrayCountsUntilReleasedOrDestroyed) {
  Object ba = bytearray_from("abcd");
  {
    Object view = memoryview_from(ba);
    Object slice = getitem(view, make<SliceObject>(Object::from_int(1), kNone, kNone));
    EXPECT_EQ(as_ba(ba)->exports, 2);
    as_mv(view)->release();
    EXPECT_EQ(as_ba(ba)->exports, 1);
    EXPECT_EQ(raised([&] { as_ba(ba)->check_resize(5); }), "BufferError");
    EXPECT_EQ(raised([&] { as_ba(ba)->check_resize(4); }), "");  // same size: allowed
  }
  EXPECT_EQ(as_ba(ba)->exports, 0);
  EXPECT_EQ(raised([&] { as_ba(ba)->check_resize(5); }), "");
}

TEST(MemoryViewExports, ReleaseIsIdempotentAndViewsOfBytesCountNothing) {
  Object ba = bytearray_from("ab");
  Object view = memoryview_from(ba);
  as_mv(view)->release();
  as_mv(view)->release();
  EXPECT_EQ(as_ba(ba)->exports, 0);
  Object of_bytes = memoryview_from(bytes_from("ab"));
  EXPECT_TRUE(as_mv(of_bytes)->readonly);
}

TEST(BufferProtocol, StridedViewsAreCopiedButNotViewed) {
  Object view = memoryview_from(bytes_from("abcd"));
  Object strided = getitem(view, make<SliceObject>(kNone, kNone, Object::from_int(2)));
  std::string_view simple;
  EXPECT_FALSE(try_bytes_like_view(strided, simple));
  EXPECT_EQ(raised([&] { bytes_like_view(strided, simple); }), "BufferError");
  std::string copy;
  EXPECT_TRUE(bytes_like_copy(strided, copy));
  EXPECT_EQ(copy, "ac");
  ASSERT_TRUE(bytes_like_view(view, simple));
  EXPECT_EQ(simple, "abcd");
}

TEST(BufferProtocol, ReleasedViewsRaiseValueErrorAndNonBuffersAreRefused) {
  Object view = memoryview_from(bytes_from("ab"));
  as_mv(view)->release();
  std::string_view simple;
  std::string copy;
  EXPECT_FALSE(try_bytes_like_view(view, simple));
  EXPECT_EQ(raised([&] { bytes_like_view(view, simple); }), "ValueError");
  EXPECT_EQ(raised([&] { bytes_like_copy(view, copy); }), "ValueError");
  EXPECT_FALSE(bytes_like_view(str_from("ab"), simple));
  EXPECT_FALSE(bytes_like_copy(Object::from_int(1), copy));
}

}  // namespace
}  // namespace pyrt
