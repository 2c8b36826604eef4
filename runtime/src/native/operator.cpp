// The native module `_operator`, which operator.py (translated from CPython's Lib) imports over
// its pure-Python definitions with `from _operator import *`. Mirrors Modules/_operator.c: its
// functions with Argument Clinic's arity errors, and the itemgetter, attrgetter and
// methodcaller types (their reprs, __reduce__ and errors).
#include <string>
#include <utility>
#include <vector>

#include "native.h"
#include "pyrt/object/buffer.h"
#include "pyrt/object/builtins.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/import.h"
#include "pyrt/object/int.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

Object to_bool(bool b) { return Object::from_bool(b); }

// PySequence_Check: a type with __getitem__ that is no dict.
bool is_sequence(const Object& x) {
  static const Object getitem_name = intern("__getitem__");
  return !is_dict_or_subclass(x) && !x.type()->lookup(getitem_name).is_unbound();
}

template <BinaryOp op>
Object binary(const CallArgs& a) {
  return binary_op(op, a.args[0], a.args[1]);
}

template <BinaryOp op>
Object inplace(const CallArgs& a) {
  return inplace_op(op, a.args[0], a.args[1]);
}

template <UnaryOp op>
Object unary(const CallArgs& a) {
  return unary_op(op, a.args[0]);
}

template <CmpOp op>
Object comparison(const CallArgs& a) {
  return compare(op, a.args[0], a.args[1]);
}

Object op_truth(const CallArgs& a) { return to_bool(truthy(a.args[0])); }
Object op_not(const CallArgs& a) { return to_bool(!truthy(a.args[0])); }
Object op_is(const CallArgs& a) { return to_bool(a.args[0].is(a.args[1])); }
Object op_is_not(const CallArgs& a) { return to_bool(!a.args[0].is(a.args[1])); }
Object op_abs(const CallArgs& a) { return call(builtin_lookup("abs"), {a.args[0]}); }
Object op_index(const CallArgs& a) { return number_index(a.args[0]); }
Object op_contains(const CallArgs& a) { return to_bool(contains(a.args[0], a.args[1])); }
Object op_getitem(const CallArgs& a) { return getitem(a.args[0], a.args[1]); }

Object op_setitem(const CallArgs& a) {
  setitem(a.args[0], a.args[1], a.args[2]);
  return Object::none();
}

Object op_delitem(const CallArgs& a) {
  delitem(a.args[0], a.args[1]);
  return Object::none();
}

// PySequence_Concat's check: "'int' object can't be concatenated".
void check_concatenable(const Object& a) {
  if (!is_sequence(a)) raise_error(exc::TypeError, "'" + type_name_text(a) + "' object can't be concatenated");
}

Object op_concat(const CallArgs& a) {
  check_concatenable(a.args[0]);
  return binary_op(BinaryOp::Add, a.args[0], a.args[1]);
}

Object op_iconcat(const CallArgs& a) {
  check_concatenable(a.args[0]);
  return inplace_op(BinaryOp::Add, a.args[0], a.args[1]);
}

// _PySequence_IterSearch: counts the items equal to `x`, or finds the first one's index.
Object op_count_of(const CallArgs& a) {
  Object it = iter(a.args[0]);
  std::int64_t n = 0;
  for (Object item; next(it, item);) {
    if (item.is(a.args[1]) || equal(item, a.args[1])) ++n;
  }
  return Object::from_int(n);
}

Object op_index_of(const CallArgs& a) {
  Object it = iter(a.args[0]);
  std::int64_t i = 0;
  for (Object item; next(it, item); ++i) {
    if (item.is(a.args[1]) || equal(item, a.args[1])) return Object::from_int(i);
  }
  raise_error(exc::ValueError, "sequence.index(x): x not in sequence");
}

// PyObject_LengthHint: len(), else __length_hint__ (NotImplemented means the default).
Object op_length_hint(const CallArgs& a) {
  Object fallback = a.npos > 1 ? a.args[1] : Object::from_int(0);
  if (!is_int(fallback)) {
    raise_error(exc::TypeError, "'" + type_name_text(fallback) + "' object cannot be interpreted as an integer");
  }
  const Object& obj = a.args[0];
  static const Object len_name = intern("__len__");
  if (!obj.type()->lookup(len_name).is_unbound()) return Object::from_int(len(obj));
  static const Object hint_name = intern("__length_hint__");
  Object hint = lookup_special(obj, hint_name);
  if (hint.is_unbound()) return fallback;
  Object result = call(hint, {});
  static const Object not_implemented = builtin_lookup("NotImplemented");
  if (result.is(not_implemented)) return fallback;
  if (!is_int(result)) {
    raise_error(exc::TypeError, "__length_hint__ must be an integer, not " + type_name_text(result));
  }
  if (int_sign(result) < 0) raise_error(exc::ValueError, "__length_hint__() should return >= 0");
  return result;
}

Object op_call(const CallArgs& a) {
  return call_args(a.args[0], CallArgs{a.args + 1, a.npos - 1, a.nkw, a.kwnames});
}

// _compare_digest(a, b): equality of two ASCII strs or two bytes-like objects whose time does
// not depend on where they differ.
Object op_compare_digest(const CallArgs& a) {
  const Object& x = a.args[0];
  const Object& y = a.args[1];
  std::string left, right;
  if (is_str(x) && is_str(y)) {
    for (const Object* s : {&x, &y}) {
      for (unsigned char c : str_view(*s)) {
        if (c >= 0x80) raise_error(exc::TypeError, "comparing strings with non-ASCII characters is not supported");
      }
    }
    left = str_view(x);
    right = str_view(y);
  } else {
    // Neither a buffer is the operand error; otherwise each is asked for its buffer in turn,
    // so a str beside bytes fails as PyObject_GetBuffer does.
    std::string_view probe;
    if (!try_bytes_like_view(x, probe) && !try_bytes_like_view(y, probe)) {
      raise_error(exc::TypeError, "unsupported operand types(s) or combination of types: '" + type_name_text(x) +
                                      "' and '" + type_name_text(y) + "'");
    }
    for (auto [v, out] : {std::pair{&x, &left}, std::pair{&y, &right}}) {
      if (!bytes_like_copy(*v, *out)) {
        raise_error(exc::TypeError, "a bytes-like object is required, not '" + type_name_text(*v) + "'");
      }
    }
  }
  unsigned char diff = left.size() == right.size() ? 0 : 1;
  const std::string& b = diff != 0 ? left : right;
  for (std::size_t i = 0; i < left.size(); ++i) diff |= static_cast<unsigned char>(left[i] ^ b[i]);
  return to_bool(diff == 0);
}

// ---- itemgetter, attrgetter, methodcaller ----------------------------------------------------

TypeObject* t_itemgetter;
TypeObject* t_attrgetter;
TypeObject* t_methodcaller;

// The one object a getter is called with: "itemgetter expected 1 argument, got 0".
const Object& single_argument(const CallArgs& a, const char* name) {
  check_positional(a, name, 1, 1);
  return a.args[0];
}

// "operator.itemgetter(1, 2)": the type's qualified name and the arguments' reprs, "..." when
// the repr recurses into the same getter.
std::string getter_repr(const char* type_name, const std::vector<Object>& parts) {
  std::string out = std::string("operator.") + type_name + "(";
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? ", " : "") + repr_text(parts[i]);
  return out + ")";
}

struct ItemGetter final : HeapObject {
  explicit ItemGetter(std::vector<Object> items) : HeapObject(t_itemgetter), items(std::move(items)) {}
  std::vector<Object> items;

  Object call(const CallArgs& a) override {
    const Object& obj = single_argument(a, "itemgetter");
    if (items.size() == 1) return pyrt::getitem(obj, items[0]);
    std::vector<Object> out;
    for (const Object& item : items) out.push_back(pyrt::getitem(obj, item));
    return tuple_from_vector(std::move(out));
  }
  Object repr() override { return str_from(getter_repr("itemgetter", items)); }
};

Object itemgetter_new(TypeObject*, const CallArgs& a) {
  check_no_kwargs(a, "itemgetter");
  if (a.npos == 0) raise_error(exc::TypeError, "itemgetter expected 1 argument, got 0");
  return make<ItemGetter>(std::vector<Object>(a.args, a.args + a.npos));
}

Object itemgetter_reduce(const Object& self, const CallArgs&) {
  auto* g = static_cast<ItemGetter*>(self.heap());
  return tuple_of({Object(t_itemgetter), tuple_from_vector(g->items)});
}

// An attrgetter holds each name as the list of its dotted parts ("a.b" reads a, then b).
struct AttrGetter final : HeapObject {
  AttrGetter(std::vector<Object> names, std::vector<std::vector<Object>> paths)
      : HeapObject(t_attrgetter), names(std::move(names)), paths(std::move(paths)) {}
  std::vector<Object> names;
  std::vector<std::vector<Object>> paths;

  static Object resolve(Object obj, const std::vector<Object>& path) {
    for (const Object& part : path) obj = pyrt::getattr(obj, part);
    return obj;
  }
  Object call(const CallArgs& a) override {
    const Object& obj = single_argument(a, "attrgetter");
    if (paths.size() == 1) return resolve(obj, paths[0]);
    std::vector<Object> out;
    for (const auto& path : paths) out.push_back(resolve(obj, path));
    return tuple_from_vector(std::move(out));
  }
  Object repr() override { return str_from(getter_repr("attrgetter", names)); }
};

Object attrgetter_new(TypeObject*, const CallArgs& a) {
  check_no_kwargs(a, "attrgetter");
  if (a.npos == 0) raise_error(exc::TypeError, "attrgetter expected 1 argument, got 0");
  std::vector<Object> names;
  std::vector<std::vector<Object>> paths;
  for (std::size_t i = 0; i < a.npos; ++i) {
    if (!is_str(a.args[i])) raise_error(exc::TypeError, "attribute name must be a string");
    names.push_back(a.args[i]);
    std::vector<Object> path;
    std::string_view rest = str_view(a.args[i]);
    for (std::size_t dot; (dot = rest.find('.')) != std::string_view::npos; rest.remove_prefix(dot + 1)) {
      path.push_back(intern(rest.substr(0, dot)));
    }
    path.push_back(intern(rest));
    paths.push_back(std::move(path));
  }
  return make<AttrGetter>(std::move(names), std::move(paths));
}

Object attrgetter_reduce(const Object& self, const CallArgs&) {
  auto* g = static_cast<AttrGetter*>(self.heap());
  return tuple_of({Object(t_attrgetter), tuple_from_vector(g->names)});
}

struct MethodCaller final : HeapObject {
  MethodCaller(Object name, std::vector<Object> args, Object kwargs)
      : HeapObject(t_methodcaller), name(std::move(name)), args(std::move(args)), kwargs(std::move(kwargs)) {}
  Object name;
  std::vector<Object> args;
  Object kwargs;  // dict

  Object call(const CallArgs& a) override {
    const Object& obj = single_argument(a, "methodcaller");
    std::vector<Object> all(args);
    std::vector<Object> kwnames;
    for (auto& e : as_dict(kwargs)->entries) {
      if (e.key.is_unbound()) continue;
      kwnames.push_back(e.key);
      all.push_back(e.value);
    }
    Object method = pyrt::getattr(obj, name);
    return call_args(method, CallArgs{all.data(), args.size(), kwnames.size(), kwnames.data()});
  }
  Object repr() override {
    std::string out = "operator.methodcaller(" + repr_text(name);
    for (const Object& x : args) out += ", " + repr_text(x);
    for (auto& e : as_dict(kwargs)->entries) {
      if (!e.key.is_unbound()) out += ", " + std::string(str_view(e.key)) + "=" + repr_text(e.value);
    }
    return str_from(out + ")");
  }
};

Object methodcaller_new(TypeObject*, const CallArgs& a) {
  if (a.npos == 0) raise_error(exc::TypeError, "methodcaller needs at least one argument, the method name");
  if (!is_str(a.args[0])) raise_error(exc::TypeError, "method name must be a string");
  Object kwargs = new_dict();
  for (std::size_t k = 0; k < a.nkw; ++k) dict_set(kwargs, a.kwnames[k], a.args[a.npos + k]);
  return make<MethodCaller>(intern(str_view(a.args[0])), std::vector<Object>(a.args + 1, a.args + a.npos), kwargs);
}

// Without keywords (methodcaller, (name, *args)); with them, as CPython's methodcaller_reduce,
// a functools.partial carrying the keywords and the positional arguments (_functools.partial:
// functools.py re-exports it, and a program need not link functools for this).
Object methodcaller_reduce(const Object& self, const CallArgs&) {
  auto* m = static_cast<MethodCaller*>(self.heap());
  std::vector<Object> args{m->name};
  args.insert(args.end(), m->args.begin(), m->args.end());
  if (as_dict(m->kwargs)->used == 0) return tuple_of({Object(t_methodcaller), tuple_from_vector(std::move(args))});
  Object partial = getattr(import_module("_functools"), intern("partial"));
  Object callable = call_ex(partial, tuple_of({Object(t_methodcaller), m->name}), m->kwargs);
  return tuple_of({callable, tuple_from_vector(m->args)});
}

TypeObject* getter_type(const char* name, NativeNew new_fn, NativeMethod reduce) {
  TypeObject* t = make_builtin_type(name, nullptr, "operator", new_fn);
  t->tp_name = std::string("operator.") + name;
  t->is_final_in_cpython = true;
  add_method(t, "__reduce__", reduce);
  add_slot_wrappers(t, "__call__");
  return t;
}

}  // namespace

Object native::make_operator_module() {
  // Visible as operator.__doc__: operator.py imports it.
  Object m = new_module("_operator",
                        "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\n"
                        "to the intrinsic operators of Python.  For example, operator.add(x, y)\n"
                        "is equivalent to the expression x+y.  The function names are those\n"
                        "used for special methods; variants without leading and trailing\n"
                        "'__' are also provided for convenience.");
  static const NativeFunctionDef functions[] = {
      {"abs", op_abs, 1, 1},
      {"add", binary<BinaryOp::Add>, 2, 2},
      {"and_", binary<BinaryOp::BitAnd>, 2, 2},
      {"call", op_call, 1, kAnyArgs},
      {"concat", op_concat, 2, 2},
      {"contains", op_contains, 2, 2},
      {"countOf", op_count_of, 2, 2},
      {"delitem", op_delitem, 2, 2},
      {"eq", comparison<CmpOp::Eq>, 2, 2},
      {"floordiv", binary<BinaryOp::FloorDiv>, 2, 2},
      {"ge", comparison<CmpOp::Ge>, 2, 2},
      {"getitem", op_getitem, 2, 2},
      {"gt", comparison<CmpOp::Gt>, 2, 2},
      {"iadd", inplace<BinaryOp::Add>, 2, 2},
      {"iand", inplace<BinaryOp::BitAnd>, 2, 2},
      {"iconcat", op_iconcat, 2, 2},
      {"ifloordiv", inplace<BinaryOp::FloorDiv>, 2, 2},
      {"ilshift", inplace<BinaryOp::LShift>, 2, 2},
      {"imatmul", inplace<BinaryOp::MatMult>, 2, 2},
      {"imod", inplace<BinaryOp::Mod>, 2, 2},
      {"imul", inplace<BinaryOp::Mult>, 2, 2},
      {"index", op_index, 1, 1},
      {"indexOf", op_index_of, 2, 2},
      {"inv", unary<UnaryOp::Invert>, 1, 1},
      {"invert", unary<UnaryOp::Invert>, 1, 1},
      {"ior", inplace<BinaryOp::BitOr>, 2, 2},
      {"ipow", inplace<BinaryOp::Pow>, 2, 2},
      {"irshift", inplace<BinaryOp::RShift>, 2, 2},
      {"is_", op_is, 2, 2},
      {"is_not", op_is_not, 2, 2},
      {"isub", inplace<BinaryOp::Sub>, 2, 2},
      {"itruediv", inplace<BinaryOp::Div>, 2, 2},
      {"ixor", inplace<BinaryOp::BitXor>, 2, 2},
      {"le", comparison<CmpOp::Le>, 2, 2},
      {"length_hint", op_length_hint, 1, 2},
      {"lshift", binary<BinaryOp::LShift>, 2, 2},
      {"lt", comparison<CmpOp::Lt>, 2, 2},
      {"matmul", binary<BinaryOp::MatMult>, 2, 2},
      {"mod", binary<BinaryOp::Mod>, 2, 2},
      {"mul", binary<BinaryOp::Mult>, 2, 2},
      {"ne", comparison<CmpOp::Ne>, 2, 2},
      {"neg", unary<UnaryOp::USub>, 1, 1},
      {"not_", op_not, 1, 1},
      {"or_", binary<BinaryOp::BitOr>, 2, 2},
      {"pos", unary<UnaryOp::UAdd>, 1, 1},
      {"pow", binary<BinaryOp::Pow>, 2, 2},
      {"rshift", binary<BinaryOp::RShift>, 2, 2},
      {"setitem", op_setitem, 3, 3},
      {"sub", binary<BinaryOp::Sub>, 2, 2},
      {"truediv", binary<BinaryOp::Div>, 2, 2},
      {"truth", op_truth, 1, 1},
      {"xor", binary<BinaryOp::BitXor>, 2, 2},
      {"_compare_digest", op_compare_digest, 2, 2},
  };
  module_add_functions(m, functions);
  t_itemgetter = getter_type("itemgetter", itemgetter_new, itemgetter_reduce);
  t_attrgetter = getter_type("attrgetter", attrgetter_new, attrgetter_reduce);
  t_methodcaller = getter_type("methodcaller", methodcaller_new, methodcaller_reduce);
  module_add(m, "itemgetter", Object(t_itemgetter));
  module_add(m, "attrgetter", Object(t_attrgetter));
  module_add(m, "methodcaller", Object(t_methodcaller));
  return m;
}

Object native::compare_digest(const CallArgs& args) { return op_compare_digest(args); }

}  // namespace pyrt

void pystd_9_operator::register_module() { pyrt::register_module("_operator", pyrt::native::make_operator_module); }
