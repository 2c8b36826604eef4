// _sre.SRE_Scanner, what Pattern.scanner returns and Pattern.finditer iterates: match() and
// search() resume where the previous match ended. Mirrors the ScannerObject of
// Modules/_sre/sre.c (CPython 3.11).
#include "pyrt/object/function.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/type.h"
#include "sre.h"

namespace pyrt::sre {

namespace {

struct ScannerObject final : HeapObject {
  ScannerObject(Object pattern, std::shared_ptr<const Subject> subject, std::int64_t pos, std::int64_t endpos)
      : HeapObject(scanner_type()), pattern(std::move(pattern)), state(std::move(subject), pos, endpos) {}
  Object pattern;
  State state;
  bool exhausted = false;  ///< the last attempt failed (CPython sets state->start to NULL)
};

ScannerObject* as_scanner(const Object& x) { return static_cast<ScannerObject*>(x.heap()); }

// scanner_match / scanner_search: one more attempt from where the last match ended; after
// an empty match the next may not be empty there.
template <bool (*attempt)(State&, const Code*)>
Object next_match(const Object& self, const CallArgs&) {
  ScannerObject* s = as_scanner(self);
  if (s->exhausted) return Object::none();
  State& state = s->state;
  state.reset();
  state.ptr = state.start;
  bool ok = attempt(state, pattern_code(s->pattern).data());
  Object out = new_match(s->pattern, state, ok);
  if (!ok) {
    s->exhausted = true;
  } else {
    state.must_advance = state.ptr == state.start;
    state.start = state.ptr;
  }
  return out;
}

Object get_pattern(const Object& self) { return as_scanner(self)->pattern; }

const NativeMethodDef scanner_methods[] = {
    {"match", next_match<match>, 0, 0},
    {"search", next_match<search>, 0, 0},
};

const GetSetDef scanner_getsets[] = {{"pattern", get_pattern, true}};

}  // namespace

TypeObject* scanner_type() {
  static TypeObject* const t = [] {
    TypeObject* type = make_builtin_type("SRE_Scanner", nullptr, "_sre");
    type->tp_name = "_sre.SRE_Scanner";
    type->is_final_in_cpython = true;
    add_methods(type, scanner_methods);
    add_getsets(type, scanner_getsets);
    return type;
  }();
  return t;
}

Object new_scanner(const Object& pattern, std::shared_ptr<const Subject> subject, std::int64_t pos,
                   std::int64_t endpos) {
  return make<ScannerObject>(pattern, std::move(subject), pos, endpos);
}

}  // namespace pyrt::sre
