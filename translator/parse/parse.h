// The parser's front door: Python 3.11 source text -> CPython-shaped AST (ast::Module).
// Mirrors ast.parse(): the same tree, the same locations, CPython's SyntaxError wording.
#pragma once

#include <optional>

#include "ast/ast.h"
#include "base/diagnostics.h"
#include "base/source.h"

namespace py2cpp::parse {

// Parses `source` as a module. On a syntax error reports one located diagnostic (the first,
// as CPython does) and returns nullopt. Never throws; nesting depth is bounded.
std::optional<ast::Module> parse_module(const base::SourceFile& source, base::Diagnostics& diags);

}  // namespace py2cpp::parse
