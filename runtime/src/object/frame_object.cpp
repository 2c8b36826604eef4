// Frame objects: the Python view of a FrameRecord (sys._getframe, f_back). Mirrors
// Objects/frameobject.c's attributes that do not describe bytecode: f_code, f_globals,
// f_builtins, f_lineno, f_back, f_trace, and its repr.
#include <cstdio>
#include <string>
#include <utility>

#include "internal.h"
#include "pyrt/object/frame_record.h"
#include "pyrt/object/function.h"
#include "pyrt/object/import.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

TypeObject* frame_type() {
  static TypeObject* t = [] {
    TypeObject* type = make_builtin_type("frame");
    type->is_final_in_cpython = true;
    return type;
  }();
  return t;
}

Object code_globals(const CodeInfo* code) {
  // pyrt's own coroutines (asyncio's locks) are asyncio's code in CPython.
  return pyrt::getattr(import_module(code->module != nullptr ? code->module : "asyncio"), detail::names::dict);
}

bool on_stack(const FrameRecord* record) {
  for (const FrameRecord* r = detail::frame; r != nullptr; r = r->previous) {
    if (r == record) return true;
  }
  return false;
}

}  // namespace

/// A frame object. While its record runs or waits in a suspended generator, `record` points at
/// it; once the record ends, the object keeps the code and the last line, as CPython's frame
/// object takes over its frame's data when the frame is cleared.
struct FrameObject final : HeapObject {
  explicit FrameObject(FrameRecord* r) : HeapObject(frame_type()), record(r), code(r->code), line(r->line) {}
  FrameRecord* record;
  const CodeInfo* code;
  int line;
  /// f_back as last read while the record ran: what a finished frame still answers.
  Object back;

  int lineno() const { return record != nullptr ? record->line : line; }

  Object globals() const { return code_globals(code); }

  // PyFrame_GetBack: the frame below while this one runs; a suspended generator's frame has
  // none, a finished one keeps what it had.
  Object f_back() {
    if (record == nullptr || !on_stack(record)) return back.is_unbound() ? Object::none() : back;
    FrameRecord* below = record->previous;
    back = below == nullptr || below->code == nullptr ? Object::none() : frame_object_for(*below);
    return back;
  }

  void dealloc() override {
    if (record != nullptr) record->object = nullptr;
    HeapObject::dealloc();
  }

  Object repr() override {
    static const Object file_name = intern("co_filename");
    char at[32];
    std::snprintf(at, sizeof at, "%p", static_cast<void*>(this));
    return str_from(std::string("<frame at ") + at + ", file " + repr_text(pyrt::getattr(code_object(code), file_name)) +
                    ", line " + std::to_string(lineno()) + ", code " + code->name + ">");
  }

  Object getattr(const Object& name) override {
    std::string_view n = str_view(name);
    if (n == "f_code") return code_object(code);
    if (n == "f_globals") return globals();
    if (n == "f_builtins") return pyrt::getattr(import_module("builtins"), intern("__dict__"));
    if (n == "f_lineno") return Object::from_int(lineno());
    if (n == "f_back") return f_back();
    if (n == "f_trace") return Object::none();
    return HeapObject::getattr(name);
  }
};

Object frame_object_for(FrameRecord& record) {
  if (record.object != nullptr) return Object(record.object);
  auto* f = new FrameObject(&record);
  record.object = f;
  return Object(f);
}

void FrameRecord::detach(FrameRecord* below) noexcept {
  FrameObject* f = std::exchange(object, nullptr);
  f->record = nullptr;
  f->line = line;
  if (below != nullptr && below->code != nullptr && f->back.is_unbound()) f->back = frame_object_for(*below);
}

Object frame_globals(const FrameRecord& record) { return code_globals(record.code); }

Object frame_filename(const FrameRecord& record) {
  static const Object file_name = intern("co_filename");
  return pyrt::getattr(code_object(record.code), file_name);
}

Object get_frame(long depth) {
  FrameRecord* r = detail::frame;
  for (; depth > 0 && r != nullptr && r->code != nullptr; --depth) r = r->previous;
  if (r == nullptr || r->code == nullptr) raise_error(exc::ValueError, "call stack is not deep enough");
  return frame_object_for(*r);
}

TypeObject* detail::frame_object_type() { return frame_type(); }

}  // namespace pyrt
