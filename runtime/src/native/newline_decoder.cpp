// _io.IncrementalNewlineDecoder: wraps an incremental decoder (or none) and applies universal
// newlines to its output. Mirrors CPython 3.11's nldecoder_* in Modules/_io/textio.c: the
// held-back "\r", the newlines seen, getstate's flag doubling, and its error texts.
#include <string>
#include <utility>

#include "../object/internal.h"
#include "io_newlines.h"
#include "io_types.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"

namespace pyrt {

namespace {

/// The decoder's state; `decoder` is the wrapped incremental decoder or None, unbound until
/// __init__ has run.
struct NewlineDecoderObject final : HeapObject {
  explicit NewlineDecoderObject(TypeObject* type) : HeapObject(type) {}
  Object decoder;
  Object errors;
  detail::NewlineDecoderState state;
};

NewlineDecoderObject* initialized(const Object& self) {
  auto* d = static_cast<NewlineDecoderObject*>(self.heap());
  if (d->decoder.is_unbound()) detail::value_error("IncrementalNewlineDecoder.__init__() not called");
  return d;
}

// _io_IncrementalNewlineDecoder___init___impl(decoder, translate: int, errors='strict').
void init_decoder(NewlineDecoderObject* d, const CallArgs& args) {
  Object a[3];
  parse_args(args, "IncrementalNewlineDecoder", {"decoder", "translate", "errors"}, 3, 2, a);
  bool translate = index_value(a[1]) != 0;
  d->decoder = a[0];
  d->errors = a[2].is_unbound() ? str_from("strict") : a[2];
  d->state = detail::NewlineDecoderState{translate};
}

Object decoder_init(const CallArgs& args) {
  if (args.npos == 0 || !args.args[0].type()->is_subtype(detail::newline_decoder_type())) {
    detail::type_error("descriptor '__init__' requires a '_io.IncrementalNewlineDecoder' object");
  }
  init_decoder(static_cast<NewlineDecoderObject*>(args.args[0].heap()),
               CallArgs{args.args + 1, args.npos - 1, args.nkw, args.kwnames});
  return kNone;
}

Object decoder_new(TypeObject* type, const CallArgs& args) {
  auto* d = new NewlineDecoderObject(type);
  Object out(static_cast<HeapObject*>(d));
  init_decoder(d, args);
  return out;
}

// _PyIncrementalNewlineDecoder_decode(input, final=False).
Object m_decode(const Object& self, const CallArgs& args) {
  Object a[2];
  parse_args(args, "decode", {"input", "final"}, 2, 1, a);
  NewlineDecoderObject* d = initialized(self);
  bool final = !a[1].is_unbound() && index_value(a[1]) != 0;
  Object output = a[0];
  if (!d->decoder.is_none()) {
    static const Object decode = intern("decode");
    output = call_method(d->decoder, decode, {a[0], Object::from_bool(final)});
  }
  if (!is_str(output)) {
    detail::type_error("decoder should return a string result, not '" + type_name_text(output) + "'");
  }
  return detail::text_of(d->state.decode(detail::code_points(output), final));
}

// _io_IncrementalNewlineDecoder_getstate_impl: the wrapped decoder's (buffer, flag) with the
// flag doubled and the pending "\r" in its low bit.
Object m_getstate(const Object& self, const CallArgs&) {
  NewlineDecoderObject* d = initialized(self);
  Object buffer = bytes_from("");
  Object flag = Object::from_int(0);
  if (!d->decoder.is_none()) {
    Object state = call_method(d->decoder, intern("getstate"), {});
    if (!state.type()->is_subtype(types::tuple) || tuple_items(state).size() != 2 || !is_int(tuple_items(state)[1])) {
      detail::type_error("illegal decoder state");
    }
    buffer = tuple_items(state)[0];
    flag = tuple_items(state)[1];
  }
  flag = binary_op(BinaryOp::LShift, flag, Object::from_int(1));
  if (d->state.pendingcr) flag = binary_op(BinaryOp::BitOr, flag, Object::from_int(1));
  return tuple_of({buffer, flag});
}

// _io_IncrementalNewlineDecoder_setstate: (buffer, flag), the low bit of flag the pending "\r".
Object m_setstate(const Object& self, const CallArgs& args) {
  NewlineDecoderObject* d = initialized(self);
  const Object& state = args.args[0];
  if (!state.type()->is_subtype(types::tuple)) detail::type_error("state argument must be a tuple");
  const std::vector<Object>& items = tuple_items(state);
  if (items.size() != 2 || !is_int(items[1])) detail::type_error("setstate(): illegal state argument");
  d->state.pendingcr = truthy(binary_op(BinaryOp::BitAnd, items[1], Object::from_int(1)));
  if (!d->decoder.is_none()) {
    Object flag = binary_op(BinaryOp::RShift, items[1], Object::from_int(1));
    call_method(d->decoder, intern("setstate"), {tuple_of({items[0], flag})});
  }
  return kNone;
}

Object m_reset(const Object& self, const CallArgs&) {
  NewlineDecoderObject* d = initialized(self);
  d->state.seennl = 0;
  d->state.pendingcr = false;
  if (!d->decoder.is_none()) call_method(d->decoder, intern("reset"), {});
  return kNone;
}

Object get_newlines(const Object& self) { return initialized(self)->state.newlines(); }

const NativeMethodDef decoder_methods[] = {
    {"decode", m_decode, kOwnArgs, kOwnArgs},
    {"getstate", m_getstate, 0, 0},
    {"setstate", m_setstate, 1, 1},
    {"reset", m_reset, 0, 0},
};

const GetSetDef decoder_getsets[] = {{"newlines", get_newlines}};

}  // namespace

TypeObject* detail::newline_decoder_type() {
  static TypeObject* const t = [] {
    TypeObject* d = make_builtin_type("IncrementalNewlineDecoder", nullptr, "_io", decoder_new, false);
    d->tp_name = "_io.IncrementalNewlineDecoder";
    detail::add_slot_default(d, "__init__", decoder_init);
    add_methods(d, decoder_methods);
    add_getsets(d, decoder_getsets);
    return d;
  }();
  return t;
}

}  // namespace pyrt
