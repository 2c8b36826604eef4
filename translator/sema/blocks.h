// CPython's limit of 20 statically nested blocks per code object (CO_MAXBLOCKS), checked in
// the order CPython's compiler meets them so the first error is CPython's first error.
#pragma once

#include "ast/ast.h"
#include "base/diagnostics.h"

namespace py2cpp::sema {

/// Reports "too many statically nested blocks" at the first statement or handler of `module`
/// whose body would push a 21st frame block (mirrors compile.c compiler_push_fblock: loops,
/// each `with` item, try bodies under TRY_EXCEPT/FINALLY_TRY, handlers under
/// EXCEPTION_HANDLER and HANDLER_CLEANUP, and a finally body compiled twice, on the normal
/// path at its own depth and on the exceptional one under FINALLY_END). Function and class
/// bodies are code objects of their own and start again at 0. At most one diagnostic.
void check_block_nesting(const ast::Module& module, base::Diagnostics& diags);

}  // namespace py2cpp::sema
