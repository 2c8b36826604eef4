// Python exceptions: the builtin hierarchy as class objects, and the C++
// exception type that carries a Python exception through C++ frames.
// Mirrors CPython's Objects/exceptions.c (hierarchy, str() and repr() rules).
#pragma once

#include <initializer_list>
#include <string>

#include "pyrt/object/frame_record.h"
#include "pyrt/object/object.h"

namespace pyrt {

/// Thrown (by value) to raise a Python exception; `value` is an instance of
/// a BaseException subclass. Caught by translated `try` statements and by
/// coroutine promises, which store it for their awaiter.
struct PyException {
  Object value;
};

/// The builtin exception classes (TypeObjects), created at startup, named as
/// in CPython's builtins. User classes may derive from them.
namespace exc {
extern TypeObject* BaseException;
extern TypeObject* BaseExceptionGroup;
extern TypeObject* Exception;
extern TypeObject* GeneratorExit;
extern TypeObject* KeyboardInterrupt;
extern TypeObject* SystemExit;
extern TypeObject* ArithmeticError;
extern TypeObject* ZeroDivisionError;
extern TypeObject* OverflowError;
extern TypeObject* AssertionError;
extern TypeObject* AttributeError;
extern TypeObject* LookupError;
extern TypeObject* IndexError;
extern TypeObject* KeyError;
extern TypeObject* NameError;
extern TypeObject* UnboundLocalError;
extern TypeObject* RuntimeError;
extern TypeObject* NotImplementedError;
extern TypeObject* RecursionError;
extern TypeObject* StopIteration;
extern TypeObject* StopAsyncIteration;
extern TypeObject* TypeError;
extern TypeObject* ValueError;
extern TypeObject* UnicodeError;
/// args (encoding, object, start, end, reason), as CPython builds them.
extern TypeObject* UnicodeEncodeError;
extern TypeObject* UnicodeDecodeError;
/// OSError(errno, strerror[, filename[, winerror[, filename2]]]) becomes the
/// subclass its errno names (FileNotFoundError for ENOENT, ...).
extern TypeObject* OSError;
extern TypeObject* BlockingIOError;
extern TypeObject* ChildProcessError;
extern TypeObject* ConnectionError;
extern TypeObject* BrokenPipeError;
extern TypeObject* ConnectionAbortedError;
extern TypeObject* ConnectionRefusedError;
extern TypeObject* ConnectionResetError;
extern TypeObject* FileExistsError;
extern TypeObject* FileNotFoundError;
extern TypeObject* InterruptedError;
extern TypeObject* IsADirectoryError;
extern TypeObject* NotADirectoryError;
extern TypeObject* PermissionError;
extern TypeObject* ProcessLookupError;
extern TypeObject* TimeoutError;
extern TypeObject* ImportError;
extern TypeObject* ModuleNotFoundError;
extern TypeObject* MemoryError;
extern TypeObject* FloatingPointError;
extern TypeObject* ReferenceError;
/// The warning categories: Warning and its subclasses, which the warnings module issues.
extern TypeObject* Warning;
extern TypeObject* UserWarning;
extern TypeObject* DeprecationWarning;
extern TypeObject* PendingDeprecationWarning;
extern TypeObject* SyntaxWarning;
extern TypeObject* RuntimeWarning;
extern TypeObject* FutureWarning;
extern TypeObject* ImportWarning;
extern TypeObject* UnicodeWarning;
extern TypeObject* BytesWarning;
extern TypeObject* ResourceWarning;
extern TypeObject* EncodingWarning;
extern TypeObject* EOFError;
extern TypeObject* SystemError;
/// BufferError: a buffer operation failed (a resize while memoryviews exist).
extern TypeObject* BufferError;
extern TypeObject* ExceptionGroup;
/// asyncio.CancelledError (a BaseException subclass since 3.8).
extern TypeObject* CancelledError;
/// asyncio.InvalidStateError.
extern TypeObject* InvalidStateError;
/// asyncio.BrokenBarrierError (a RuntimeError subclass).
extern TypeObject* BrokenBarrierError;
/// asyncio.QueueEmpty / asyncio.QueueFull.
extern TypeObject* QueueEmpty;
extern TypeObject* QueueFull;
/// dataclasses.FrozenInstanceError (an AttributeError subclass).
extern TypeObject* FrozenInstanceError;
}  // namespace exc

/// Creates an instance of exception class `type` with one str argument
/// (or no argument when `message` is empty and `no_args` is true).
Object new_exception(TypeObject* type, std::string message);
/// Creates an instance of `type` with the given args tuple contents.
Object new_exception_args(TypeObject* type, std::initializer_list<Object> args);

/// Raises `value`: an exception instance, or an exception class which is
/// called with no arguments (CPython's `raise ValueError`). Anything else
/// raises TypeError "exceptions must derive from BaseException". Sets
/// __context__ from the exception being handled, as CPython does.
[[noreturn]] void raise(const Object& value);
/// `raise value from cause` (cause may be None).
[[noreturn]] void raise_from(const Object& value, const Object& cause);
/// Raises a new `type(message)`.
[[noreturn]] void raise_error(TypeObject* type, std::string message);

/// True when exception instance `value` matches `type_or_tuple` in an
/// `except` clause. Raises TypeError "catching classes that do not inherit
/// from BaseException is not allowed" for anything else.
bool exception_matches(const Object& value, const Object& type_or_tuple);
bool exception_is(const Object& value, TypeObject* type);


/// The exception currently being handled (sys.exception()): the topmost level's that is set
/// (_PyErr_GetTopmostException), unbound if none. An ExceptionScope sets the running level's
/// for the lifetime of an `except` body.
Object current_exception();
class ExceptionScope {
 public:
  explicit ExceptionScope(const Object& value);
  ~ExceptionScope();
  ExceptionScope(const ExceptionScope&) = delete;
  ExceptionScope& operator=(const ExceptionScope&) = delete;

 private:
  Object saved_;
};

/// Converts whatever is in flight in a `catch (...)` into a Python exception
/// instance: PyException's value, or MemoryError / RecursionError /
/// SystemError for C++ exceptions. Call only inside a catch block.
Object exception_from_current();

/// Accessors used by the traceback printer and by `raise ... from`.
Object exception_args(const Object& value);
Object exception_cause(const Object& value);
Object exception_context(const Object& value);
bool exception_suppress_context(const Object& value);
void set_exception_context(const Object& value, const Object& context);

/// StopIteration(value).value, for generator return values.
Object stop_iteration_value(const Object& value);

/// Prints CPython's report for an uncaught exception to stderr:
/// "Traceback (most recent call last):" then, for the chain of causes and
/// contexts, "Type: message" lines with CPython's separators. The last line
/// is byte-identical to CPython's.
void print_uncaught(const Object& value);

}  // namespace pyrt
