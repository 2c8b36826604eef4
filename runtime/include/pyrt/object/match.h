// The steps of the match statement, as CPython 3.11's bytecodes take them (Python/ceval.c:
// MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS, COPY_DICT_WITHOUT_KEYS). Each
// returns whether the subject matched; errors are CPython's.
#pragma once

#include <cstddef>
#include <initializer_list>

#include "pyrt/object/object.h"

namespace pyrt {

/// MATCH_SEQUENCE: the subject's type is a sequence (Py_TPFLAGS_SEQUENCE: list, tuple,
/// range, memoryview, deque, and classes deriving from or registered with
/// collections.abc.Sequence), never str, bytes or bytearray.
bool match_is_sequence(const Object& subject);

/// MATCH_MAPPING: the subject's type is a mapping (Py_TPFLAGS_MAPPING: dict and classes
/// deriving from or registered with collections.abc.Mapping).
bool match_is_mapping(const Object& subject);

/// A sequence pattern's items: false unless len(subject) is exactly `before + after` (or at
/// least that with a star); otherwise fills out[0 .. before + star + after) as unpacking does
/// (UNPACK_SEQUENCE / UNPACK_EX), the starred part as a list.
bool match_sequence_items(const Object& subject, std::size_t before, bool star, std::size_t after, Object* out);

/// MATCH_KEYS: subject.get(key, <missing>) for each key, into out; false when one is
/// missing. ValueError "mapping pattern checks duplicate key ('a')" for a repeated key.
bool match_keys(const Object& subject, std::initializer_list<Object> keys, Object* out);

/// COPY_DICT_WITHOUT_KEYS: a new dict of the subject's items without `keys` (for **rest).
Object match_mapping_rest(const Object& subject, std::initializer_list<Object> keys);

/// MATCH_CLASS: false unless isinstance(subject, cls); then the `npositional` attributes
/// named by cls.__match_args__ (the subject itself for bool, bytearray, bytes, dict, float,
/// frozenset, int, list, set, str and tuple), then those named `keywords`, into out; false
/// when an attribute is missing. TypeError "called match pattern must be a type", "C() accepts
/// 0 positional sub-patterns (1 given)", "C.__match_args__ must be a tuple (got list)",
/// "__match_args__ elements must be strings (got int)", "C() got multiple sub-patterns for
/// attribute 'x'".
bool match_class(const Object& subject, const Object& cls, std::size_t npositional,
                 std::initializer_list<const char*> keywords, Object* out);

}  // namespace pyrt
