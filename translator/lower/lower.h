// Lowering: AST + sema facts -> one C++20 translation unit targeting pyrt.
// One C++ function per Python function (coroutine, async generator, generator
// or plain), three sections (declarations, definitions, bodies) so Python's
// any-order definitions compile.
#pragma once

#include <string>

#include "ast/ast.h"
#include "base/diagnostics.h"
#include "sema/sema.h"

namespace py2cpp::lower {

struct LowerOptions {
  /// The .py path as it should appear in #line directives and messages.
  std::string filename;
  bool line_directives = true;
};

/// The generated translation unit.
struct CppUnit {
  std::string text;
};

/// Lowers `module`. Constructs not supported yet are reported to `diags`
/// (one located error each) and the returned text is then meaningless.
CppUnit lower_module(const ast::Module& module, const sema::ModuleInfo& info, const LowerOptions& options,
                     base::Diagnostics& diags);

}  // namespace py2cpp::lower
