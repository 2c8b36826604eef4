// The instance layout of BaseException and all its subclasses, builtin or
// user-defined. Mirrors CPython's PyBaseExceptionObject in
// Objects/exceptions.c: args, __cause__, __context__, __suppress_context__,
// __traceback__, with str()/repr() rules per class.
#pragma once

#include <cstdint>
#include <memory>

#include "pyrt/object/instance.h"

namespace pyrt {

/// What an OSError keeps beyond its args (PyOSErrorObject): errno, strerror,
/// filename, filename2 (unbound when never set: they read as None) and
/// BlockingIOError's characters_written (-1 when unset).
struct OSErrorFields {
  Object myerrno, strerror, filename, filename2;
  std::int64_t written = -1;
};

struct ExceptionObject final : Instance {
  ExceptionObject(TypeObject* type, Object args);

  Object args;                    ///< a tuple
  Object cause;                   ///< __cause__, None when unset
  Object context;                 ///< __context__, None when unset
  bool suppress_context = false;  ///< set by `raise ... from`
  Object traceback;               ///< always None (no frames are recorded)
  Object notes;                   ///< __notes__ (add_note), unbound when none
  bool raised = false;            ///< ever raised: the report prints a traceback header for it
  std::unique_ptr<OSErrorFields> os;  ///< set for OSError and its subclasses

  Object base_repr() override;
  Object base_str() override;
  Object base_getattr(const Object& name) override;
  bool base_setattr(const Object& name, const Object& value) override;
};

/// The ExceptionObject behind an exception instance (null when `value` is
/// not an exception instance).
ExceptionObject* as_exception(const Object& value) noexcept;

}  // namespace pyrt
