// Runtime objects for annotations: typing's special forms and generic
// aliases (list[int], AsyncIterator[Page], int | None). Annotations are evaluated at
// definition time, so these only need to exist, subscript and print like CPython's.
// Mirrors Lib/typing.py and Objects/genericaliasobject.c.
#pragma once

#include "pyrt/object/object.h"

namespace pyrt {

/// `origin[args]`: a types.GenericAlias whose repr is CPython's
/// ("list[int]", "tuple[str, ...]", "collections.abc.AsyncIterator[int]").
Object make_generic_alias(const Object& origin, const Object& args);
/// `a | b` for types and aliases: a types.UnionType ("int | None").
Object make_union(const Object& a, const Object& b);

/// The modules `typing` (whose aliases of collections' classes import the translated
/// collections.abc and collections when first used), `abc`, and `__future__` (annotations only).
Object make_typing_module();
Object make_abc_module();
Object make_future_module();

}  // namespace pyrt
