// Everything translated code includes: the object model, coroutines,
// asyncio and the entry points of translated.h.
#pragma once

#include <limits>
#include <utility>

#include "pyrt/asyncio/asyncio.h"
#include "pyrt/coro/async_generator.h"
#include "pyrt/coro/coroutine.h"
#include "pyrt/coro/generator.h"
#include "pyrt/native/collections.h"
#include "pyrt/object/builtins.h"
#include "pyrt/object/bytearray.h"
#include "pyrt/object/cell.h"
#include "pyrt/object/complex.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/exception_group.h"
#include "pyrt/object/format.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/list.h"
#include "pyrt/object/match.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/module.h"
#include "pyrt/object/object.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/recursion.h"
#include "pyrt/object/set.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"
#include "pyrt/translated.h"
