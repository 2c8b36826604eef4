// The stack of running frames of translated Python code. Each record is one activation (a call
// of a function, a module body, a generator or coroutine frame while it runs) with the line it
// is at and the exception it is handling; sys._getframe, warnings and sys.exception() read it.
#pragma once

#include "pyrt/object/object.h"

namespace pyrt {

struct FunctionSpec;
struct FrameObject;

/// Static description of a block of translated code, what its code object reports: co_name,
/// co_qualname, co_filename, co_firstlineno. `module` is the __name__ of the module whose
/// globals the code runs with (a frame's f_globals); `spec` the function's spec when the code
/// is a function's (its __code__), null for a module body and for pyrt's own coroutines.
struct CodeInfo {
  const char* name;
  const char* qualname;
  const char* filename;
  int firstlineno;
  const char* module = nullptr;
  const FunctionSpec* spec = nullptr;
};
using CodeRef = const CodeInfo*;

/// One activation of Python code: mirrors CPython 3.11's _PyInterpreterFrame (its code, the
/// line it is at, the frame below it) with the level of the exceptions being handled folded
/// in (_PyErr_StackItem: gi_exc_state for generators and coroutines, the thread's for the
/// rest; a plain call's own level starts empty, so what it sees through `previous` is its
/// caller's, as in CPython where plain frames share the thread's level).
///
/// The thread has one base record (code null). A plain call or module body pushes a
/// FrameScope for its duration; a generator, coroutine or async generator keeps its record in
/// its frame and links it on top of whoever resumes it while it runs, so a task that suspends
/// inside an `except` block keeps its exception to itself and a suspended generator is on no
/// stack.
struct FrameRecord {
  /// The exception this level handles: unbound or None when nothing.
  Object handled;
  /// The record below this one while this one runs; stale while a generator is suspended.
  FrameRecord* previous = nullptr;
  const CodeInfo* code = nullptr;
  /// The line of the statement running (f_lineno).
  int line = 0;
  /// The frame object sys._getframe made for this record, if any (borrowed: it unlinks
  /// itself when it dies, and is detached when the record ends).
  FrameObject* object = nullptr;

  FrameRecord() = default;
  explicit FrameRecord(const CodeInfo* c) noexcept : code(c), line(c != nullptr ? c->firstlineno : 0) {}
  FrameRecord(const FrameRecord&) = delete;
  FrameRecord& operator=(const FrameRecord&) = delete;
  ~FrameRecord() {
    if (object != nullptr) detach(nullptr);
  }

 protected:
  /// The frame object outlives the record: it keeps the code, the last line and, when `below`
  /// is the record under this one at its end, that frame as its f_back (take_ownership).
  void detach(FrameRecord* below) noexcept;
};

namespace detail {
/// The record of the code running now.
extern FrameRecord* frame;
}  // namespace detail

/// The record of the frame running now: a generator or coroutine body binds it once, when it
/// first runs, to store its lines.
inline FrameRecord& running_frame() noexcept { return *detail::frame; }

/// The frame of a plain function call, a module body or a comprehension, for the scope of the
/// C++ body. A comprehension with awaits in a coroutine suspends with its record on top, which
/// the coroutine's leaf record then is; destroyed with a suspended coroutine, the scope is not
/// the running record and leaves the stack alone.
struct FrameScope : FrameRecord {
  explicit FrameScope(const CodeInfo* c) noexcept : FrameRecord(c) {
    previous = detail::frame;
    detail::frame = this;
  }
  ~FrameScope() {
    if (detail::frame != this) return;
    if (object != nullptr) detach(previous);
    detail::frame = previous;
  }
  FrameScope(const FrameScope&) = delete;
  FrameScope& operator=(const FrameScope&) = delete;
};

/// The frame object of `record`, made on first request and the same object after.
Object frame_object_for(FrameRecord& record);

/// The globals of the code `record` runs (f_globals): its module's __dict__.
Object frame_globals(const FrameRecord& record);
/// The file of the code `record` runs (f_code.co_filename).
Object frame_filename(const FrameRecord& record);

/// sys._getframe(depth): the frame object `depth` records below the running one. Raises
/// ValueError "call stack is not deep enough" past the bottom.
Object get_frame(long depth);

}  // namespace pyrt
