// Struct sequences: tuple subclasses whose items also have names (sys.version_info,
// os.stat_result, time.struct_time), some fields reachable only by name. Mirrors CPython
// 3.11's Objects/structseq.c (PyStructSequence_NewType, structseq_new, repr, __reduce__).
#pragma once

#include <initializer_list>
#include <vector>

#include "pyrt/object/object.h"
#include "pyrt/object/tuple.h"

namespace pyrt {

/// One field of a struct sequence (PyStructSequence_Field); a null `name` is an unnamed field
/// (PyStructSequence_UnnamedField), reachable only by index.
struct StructSequenceField {
  const char* name;
};

/// What a struct sequence type is made from (PyStructSequence_Desc): its dotted name (tp_name,
/// "os.stat_result": the module before the last dot), its fields in order, how many of them
/// the tuple shows (`n_in_sequence`; the rest are reachable only by name) and whether calling
/// the type makes instances (sys.version_info's type refuses: "cannot create
/// 'sys.version_info' instances").
struct StructSequenceDesc {
  const char* name;
  std::initializer_list<StructSequenceField> fields;
  std::size_t n_in_sequence;
  bool instantiable = true;
};

/// An instance: the tuple of the first n_sequence_fields values, the others in `hidden`.
struct StructSequenceObject final : TupleObject {
  explicit StructSequenceObject(TypeObject* type) : TupleObject(type) {}
  std::vector<Object> hidden;
  /// structseq_repr: "os.stat_result(st_mode=1, ...)", the visible fields only, each named by
  /// the named field of its position (so stat_result's unnamed integer times show as st_atime).
  Object repr() override;
};

/// A new struct sequence type (immortal): a final subclass of tuple with n_sequence_fields,
/// n_fields, n_unnamed_fields, __match_args__ (the visible named fields), a read-only member
/// per named field and __reduce__. Calling it is structseq_new(sequence, dict=None), with
/// CPython's TypeErrors ("os.stat_result() takes an at least 10-sequence (1-sequence
/// given)", "constructor requires a sequence", "... takes a dict as second arg, if any").
TypeObject* new_struct_sequence_type(const StructSequenceDesc& desc);

/// structseq_new, what calling a struct sequence type does (the type's native_new; a type
/// with its own tp_new, os.stat_result's, calls it first).
Object struct_sequence_type_new(TypeObject* type, const CallArgs& args);

/// An instance of struct sequence type `type` holding `values`, one per field
/// (PyStructSequence_New then PyStructSequence_SetItem for each). Throws std::logic_error when
/// the count differs from n_fields.
Object struct_sequence_new(TypeObject* type, std::vector<Object> values);

}  // namespace pyrt
