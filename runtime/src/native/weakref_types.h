// The types of the native module `_weakref`, shared by its files. Mirrors the type objects of
// CPython 3.11's Objects/weakrefobject.c (_PyWeakref_RefType, _PyWeakref_ProxyType,
// _PyWeakref_CallableProxyType).
#pragma once

#include "pyrt/object/function.h"
#include "pyrt/object/object.h"
#include "pyrt/object/type.h"

namespace pyrt::detail {

/// weakref.ProxyType, or weakref.CallableProxyType when `callable` (weakref_proxy.cpp).
TypeObject* proxy_type(bool callable);
/// _weakref.proxy(object, callback=None) (proxy_new): the basic proxy of `object` when there is
/// no callback and it has one, else a new proxy.
Object new_proxy(const CallArgs& args);

}  // namespace pyrt::detail
