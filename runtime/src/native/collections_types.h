// The types of the native module `_collections`, shared by its files: each one is made once, on
// first use, and immortal as every builtin type is. Mirrors the type objects of CPython 3.11's
// Modules/_collectionsmodule.c and Objects/odictobject.c.
#pragma once

#include "pyrt/object/function.h"
#include "pyrt/object/object.h"
#include "pyrt/object/type.h"

namespace pyrt::detail {

/// collections.deque (deque.cpp).
TypeObject* deque_type();
/// _collections._deque_iterator and _collections._deque_reverse_iterator (deque.cpp).
TypeObject* deque_iterator_type();
TypeObject* deque_reverse_iterator_type();
/// collections.defaultdict (defaultdict.cpp).
TypeObject* defaultdict_type();
/// collections.OrderedDict (ordered_dict.cpp).
TypeObject* ordered_dict_type();
/// _collections._tuplegetter (tuplegetter.cpp).
TypeObject* tuplegetter_type();
/// _collections._count_elements(mapping, iterable) (collections_module.cpp): adds one to
/// mapping[elem] for each element, what collections.Counter's update runs.
Object count_elements(const CallArgs& args);

/// A type of `_collections` as CPython declares it: `name` in module `module`, its messages
/// quoting "collections.NAME" (tp_name) when `module` is collections.
TypeObject* make_collections_type(const char* name, const char* module, TypeObject* base, NativeNew native_new,
                                  bool is_basetype);

}  // namespace pyrt::detail
