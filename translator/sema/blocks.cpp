// CO_MAXBLOCKS: how deep loops, with and try may nest inside one code object, as CPython
// 3.11's compiler counts its frame blocks (compile.c compiler_push_fblock).
#include "sema/blocks.h"

#include <map>
#include <utility>

namespace py2cpp::sema {

namespace {

constexpr int kMaxBlocks = 20;  // CO_MAXBLOCKS

using Overflow = const ast::Node*;

// Walks statements in the order CPython compiles them and returns the node whose block push
// would overflow first, or nullptr. A finally body is walked at two depths, and finally bodies
// nest, so results are memoized per (statement list, depth) to keep the walk linear.
class BlockCounter {
 public:
  Overflow body(const ast::StmtList& stmts, int depth) {
    auto key = std::make_pair(&stmts, depth);
    if (auto it = memo_.find(key); it != memo_.end()) return it->second;
    Overflow found = nullptr;
    for (const auto& s : stmts) {
      if ((found = stmt(*s, depth))) break;
    }
    memo_[key] = found;
    return found;
  }

 private:
  // The body of `at` under `pushes` more blocks, or `at` itself when they do not fit.
  Overflow nested(const ast::StmtList& stmts, int depth, int pushes, const ast::Node& at) {
    if (depth + pushes > kMaxBlocks) return &at;
    return body(stmts, depth + pushes);
  }

  Overflow stmt(const ast::Stmt& s, int depth) {
    using K = ast::StmtKind;
    switch (s.kind) {
      case K::FunctionDef:
      case K::AsyncFunctionDef: return body(ast::as_function(s).body, 0);
      case K::ClassDef: return body(ast::as<ast::ClassDef>(s).body, 0);
      case K::For:
      case K::AsyncFor: {
        const auto& f = ast::as_for(s);
        if (Overflow o = nested(f.body, depth, 1, s)) return o;
        return body(f.orelse, depth);
      }
      case K::While: {
        const auto& w = ast::as<ast::While>(s);
        if (Overflow o = nested(w.body, depth, 1, s)) return o;
        return body(w.orelse, depth);
      }
      case K::If: {
        const auto& i = ast::as<ast::If>(s);
        if (Overflow o = body(i.body, depth)) return o;
        return body(i.orelse, depth);
      }
      case K::With:
      case K::AsyncWith: {
        const auto& w = ast::as_with(s);
        return nested(w.body, depth, static_cast<int>(w.items.size()), s);
      }
      case K::Match:
        for (const auto& c : ast::as<ast::Match>(s).cases) {
          if (Overflow o = body(c.body, depth)) return o;
        }
        return nullptr;
      case K::Try:
      case K::TryStar: return try_stmt(ast::as_try(s), depth);
      default: return nullptr;
    }
  }

  // compiler_try_finally: FINALLY_TRY around the try/except part, then the finally body at
  // `depth` and again under FINALLY_END.
  Overflow try_stmt(const ast::Try& t, int depth) {
    if (t.finalbody.empty()) return try_except(t, depth);
    if (depth + 1 > kMaxBlocks) return &t;
    if (Overflow o = t.handlers.empty() ? body(t.body, depth + 1) : try_except(t, depth + 1)) return o;
    if (Overflow o = body(t.finalbody, depth)) return o;
    return body(t.finalbody, depth + 1);
  }

  // compiler_try_except: the body under TRY_EXCEPT, the else body, then each handler under
  // EXCEPTION_HANDLER and HANDLER_CLEANUP.
  Overflow try_except(const ast::Try& t, int depth) {
    if (Overflow o = nested(t.body, depth, 1, t)) return o;
    if (Overflow o = body(t.orelse, depth)) return o;
    for (const auto& h : t.handlers) {
      if (Overflow o = nested(h.body, depth, 2, h)) return o;
    }
    return nullptr;
  }

  std::map<std::pair<const ast::StmtList*, int>, Overflow> memo_;
};

}  // namespace

void check_block_nesting(const ast::Module& module, base::Diagnostics& diags) {
  if (Overflow at = BlockCounter().body(module.body, 0)) diags.error(at->range(), "too many statically nested blocks");
}

}  // namespace py2cpp::sema
