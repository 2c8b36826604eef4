// The abstract object protocol (ops.h). Mirrors CPython's Objects/abstract.c
// (binary_op1's left/reflected order, sequence concat/repeat fallbacks and
// their messages) and Objects/object.c (do_richcompare, PyObject_GetAttr).
#include "pyrt/object/ops.h"

#include <string>
#include <vector>

#include "internal.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception_object.h"
#include "pyrt/object/float.h"
#include "pyrt/object/function.h"
#include "pyrt/object/instance.h"
#include "pyrt/object/int.h"
#include "pyrt/object/list.h"
#include "pyrt/object/module.h"
#include "pyrt/object/recursion.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

using detail::type_error;

// ---- message helpers ----------------------------------------------------------------

namespace detail {

void type_error(std::string message) { raise_error(exc::TypeError, std::move(message)); }
void value_error(std::string message) { raise_error(exc::ValueError, std::move(message)); }
void index_error(std::string message) { raise_error(exc::IndexError, std::move(message)); }
void attribute_error(std::string message) { raise_error(exc::AttributeError, std::move(message)); }

const char* binop_symbol(BinaryOp op) {
  switch (op) {
    case BinaryOp::Add: return "+";
    case BinaryOp::Sub: return "-";
    case BinaryOp::Mult: return "*";
    case BinaryOp::MatMult: return "@";
    case BinaryOp::Div: return "/";
    case BinaryOp::Mod: return "%";
    case BinaryOp::Pow: return "**";
    case BinaryOp::LShift: return "<<";
    case BinaryOp::RShift: return ">>";
    case BinaryOp::BitOr: return "|";
    case BinaryOp::BitXor: return "^";
    case BinaryOp::BitAnd: return "&";
    case BinaryOp::FloorDiv: return "//";
  }
  return "?";
}

const Object& binop_name(BinaryOp op, int which) {
  static Object table[13][3];
  static bool ready = false;
  if (!ready) {
    const char* base[13] = {"add", "sub", "mul", "matmul", "truediv", "mod", "pow",
                            "lshift", "rshift", "or", "xor", "and", "floordiv"};
    for (int i = 0; i < 13; ++i) {
      table[i][0] = intern(std::string("__") + base[i] + "__");
      table[i][1] = intern(std::string("__r") + base[i] + "__");
      table[i][2] = intern(std::string("__i") + base[i] + "__");
    }
    ready = true;
  }
  return table[static_cast<int>(op)][which];
}

const Object& cmp_name(CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return names::lt;
    case CmpOp::Le: return names::le;
    case CmpOp::Eq: return names::eq;
    case CmpOp::Ne: return names::ne;
    case CmpOp::Gt: return names::gt;
    case CmpOp::Ge: return names::ge;
  }
  return names::eq;
}

CmpOp cmp_swapped(CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return CmpOp::Gt;
    case CmpOp::Le: return CmpOp::Ge;
    case CmpOp::Eq: return CmpOp::Eq;
    case CmpOp::Ne: return CmpOp::Ne;
    case CmpOp::Gt: return CmpOp::Lt;
    case CmpOp::Ge: return CmpOp::Le;
  }
  return op;
}

void raise_unorderable(CmpOp op, const Object& a, const Object& b) {
  static const char* const symbols[] = {"<", "<=", "==", "!=", ">", ">="};
  type_error(std::string("'") + symbols[static_cast<int>(op)] + "' not supported between instances of '" +
             type_name_text(a) + "' and '" + type_name_text(b) + "'");
}

bool is_number(const Object& x) noexcept {
  switch (x.tag()) {
    case Object::Tag::Bool:
    case Object::Tag::Int:
    case Object::Tag::Float: return true;
    case Object::Tag::Heap: return x.heap()->type == types::int_;
    default: return false;
  }
}

bool is_stop_iteration(const Object& e) { return exception_is(e, exc::StopIteration); }

}  // namespace detail

// ---- truth, text, hashing ----------------------------------------------------------

bool detail::truthy_slow(const Object& x) {
  if (x.is_float()) return x.as_float() != 0.0;
  Object r = x.heap()->truthy();
  if (r.is_unbound()) return true;
  return r.as_bool();
}

Object repr(const Object& x) {
  switch (x.tag()) {
    case Object::Tag::Unbound:
    case Object::Tag::None: {
      static const Object none_text = intern("None");
      return none_text;
    }
    case Object::Tag::Bool: {
      static const Object t = intern("True"), f = intern("False");
      return x.as_bool() ? t : f;
    }
    case Object::Tag::Int: return str_from(std::to_string(x.as_int()));
    case Object::Tag::Float: return str_from(float_repr_text(x.as_float()));
    case Object::Tag::Heap: {
      // PyObject_Repr counts one level; only objects can nest Python code.
      RecursionGuard level(" while getting the repr of an object");
      Object r = x.heap()->repr();
      if (!is_str(r)) type_error("__repr__ returned non-string (type " + type_name_text(r) + ")");
      return r;
    }
  }
  return Object();
}

std::string repr_text(const Object& x) { return std::string(str_view(repr(x))); }

Object str(const Object& x) {
  if (x.is_heap()) {
    if (x.heap()->type == types::str) return x;
    Object r = x.heap()->str();
    if (!is_str(r)) type_error("__str__ returned non-string (type " + type_name_text(r) + ")");
    return r;
  }
  return repr(x);
}

std::string str_text(const Object& x) {
  if (x.is_heap() && x.heap()->type == types::str) return std::string(str_view(x));
  return std::string(str_view(str(x)));
}

Object ascii(const Object& x) {
  Object r = repr(x);
  auto* s = static_cast<StrObject*>(r.heap());
  if (s->ascii) return r;
  std::string out;
  std::string_view v = s->data;
  for (std::size_t i = 0; i < v.size();) {
    std::uint32_t cp = utf8_decode(v, i);
    char buf[16];
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else {
      if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
      out += buf;
    }
  }
  return str_from(std::move(out));
}

std::int64_t hash(const Object& x) {
  switch (x.tag()) {
    case Object::Tag::Unbound:
    case Object::Tag::None: return 0xFCA86420;  // CPython 3.11 hashes None by address; any constant will do
    case Object::Tag::Bool: return x.as_bool() ? 1 : 0;
    case Object::Tag::Int: return int_hash(x);
    case Object::Tag::Float: return float_hash(x.as_float());
    case Object::Tag::Heap: return x.heap()->hash();
  }
  return 0;
}

// ---- arithmetic ------------------------------------------------------------------------

namespace {

// A builtin sequence or a subclass's instance, whose concatenation and repetition errors name
// the builtin (list_concat's "can only concatenate list (not ...) to list").
bool is_sequence_for_ops(const Object& x) {
  TypeObject* t = x.type()->solid;
  return t == types::str || t == types::list || t == types::tuple || t == types::bytes || t == types::bytearray ||
         t->sequence_concat;
}

Object dispatch_binop(BinaryOp op, const Object& a, const Object& b) {
  TypeObject* ta = a.type();
  TypeObject* tb = b.type();
  bool tried_b = false;
  if (b.is_heap() && ta != tb && tb->is_subtype(ta)) {
    Object r = b.heap()->binop(op, a, true);
    if (!r.is_unbound()) return r;
    tried_b = true;
  }
  if (a.is_heap()) {
    Object r = a.heap()->binop(op, b, false);
    if (!r.is_unbound()) return r;
  }
  if (!tried_b && b.is_heap() && ta != tb) {
    Object r = b.heap()->binop(op, a, true);
    if (!r.is_unbound()) return r;
  }
  return Object();
}

[[noreturn]] void binop_failed(BinaryOp op, const Object& a, const Object& b, bool inplace) {
  // bytes concatenation goes through the buffer protocol, whose error has its own words
  // (Objects/bytesobject.c bytes_concat).
  if (op == BinaryOp::Add && (a.type()->is_subtype(types::bytes) || a.type() == types::bytearray)) {
    type_error("can't concat " + type_name_text(b) + " to " + type_name_text(a));
  }
  if (op == BinaryOp::Add && is_sequence_for_ops(a)) {
    std::string n = a.type()->solid->name;
    type_error("can only concatenate " + n + " (not \"" + type_name_text(b) + "\") to " + n);
  }
  if (op == BinaryOp::Mult) {
    if (is_sequence_for_ops(a)) type_error("can't multiply sequence by non-int of type '" + type_name_text(b) + "'");
    if (is_sequence_for_ops(b)) type_error("can't multiply sequence by non-int of type '" + type_name_text(a) + "'");
  }
  std::string sym = detail::binop_symbol(op);
  if (inplace) sym += "=";
  else if (op == BinaryOp::Pow) sym += " or pow()";
  type_error("unsupported operand type(s) for " + sym + ": '" + type_name_text(a) + "' and '" + type_name_text(b) +
             "'");
}

Object numeric_binop(BinaryOp op, const Object& a, const Object& b) {
  if (a.is_float() || b.is_float()) return float_binop(op, a, b);
  return int_binop(op, a, b);
}

}  // namespace

// Numbers have no operator for some ops (int @ int): int_binop/float_binop
// then return unbound and the usual TypeError follows.
Object detail::binary_op_slow(BinaryOp op, const Object& a, const Object& b) {
  Object r = detail::is_number(a) && detail::is_number(b) ? numeric_binop(op, a, b) : dispatch_binop(op, a, b);
  if (r.is_unbound()) binop_failed(op, a, b, false);
  return r;
}

Object detail::inplace_op_slow(BinaryOp op, const Object& a, const Object& b) {
  Object r;
  if (detail::is_number(a) && detail::is_number(b)) {
    r = numeric_binop(op, a, b);
  } else {
    if (a.is_heap()) r = a.heap()->inplace(op, b);
    if (r.is_unbound()) r = dispatch_binop(op, a, b);
  }
  if (r.is_unbound()) binop_failed(op, a, b, true);
  return r;
}

Object unary_op(UnaryOp op, const Object& a) {
  switch (a.tag()) {
    case Object::Tag::Bool:
    case Object::Tag::Int: {
      std::int64_t v = a.is_bool() ? a.as_bool() : a.as_int();
      switch (op) {
        case UnaryOp::UAdd: return Object::from_int(v);
        case UnaryOp::Invert: return Object::from_int(~v);
        case UnaryOp::USub:
          if (v == INT64_MIN) return int_binop(BinaryOp::Sub, Object::from_int(0), a);
          return Object::from_int(-v);
      }
      break;
    }
    case Object::Tag::Float:
      if (op == UnaryOp::USub) return Object::from_float(-a.as_float());
      if (op == UnaryOp::UAdd) return a;
      break;
    case Object::Tag::Heap: {
      Object r = a.heap()->unaryop(op);
      if (!r.is_unbound()) return r;
      break;
    }
    default: break;
  }
  const char* sym = op == UnaryOp::USub ? "-" : op == UnaryOp::UAdd ? "+" : "~";
  type_error(std::string("bad operand type for unary ") + sym + ": '" + type_name_text(a) + "'");
}

// ---- comparison ---------------------------------------------------------------------

namespace {

// Numeric comparison of two numbers (int, bool, big int, float).
bool numeric_compare(CmpOp op, const Object& a, const Object& b) {
  int c;
  if (a.is_float() && b.is_float()) {
    double x = a.as_float(), y = b.as_float();
    switch (op) {
      case CmpOp::Lt: return x < y;
      case CmpOp::Le: return x <= y;
      case CmpOp::Eq: return x == y;
      case CmpOp::Ne: return x != y;
      case CmpOp::Gt: return x > y;
      case CmpOp::Ge: return x >= y;
    }
  }
  if (a.is_float()) {
    c = int_compare_double(b, a.as_float());
    if (c != 2) c = -c;
  } else if (b.is_float()) {
    c = int_compare_double(a, b.as_float());
  } else {
    c = int_compare(a, b);
  }
  if (c == 2) return op == CmpOp::Ne;  // NaN: unordered
  switch (op) {
    case CmpOp::Lt: return c < 0;
    case CmpOp::Le: return c <= 0;
    case CmpOp::Eq: return c == 0;
    case CmpOp::Ne: return c != 0;
    case CmpOp::Gt: return c > 0;
    case CmpOp::Ge: return c >= 0;
  }
  return false;
}

}  // namespace

Object compare(CmpOp op, const Object& a, const Object& b) {
  if (detail::is_number(a) && detail::is_number(b)) return Object::from_bool(numeric_compare(op, a, b));
  TypeObject* ta = a.type();
  TypeObject* tb = b.type();
  CmpOp swapped = detail::cmp_swapped(op);
  RecursionGuard level(" in comparison");  // PyObject_RichCompare counts one level
  bool tried_b = false;
  if (b.is_heap() && ta != tb && tb->is_subtype(ta)) {
    tried_b = true;
    Object r = b.heap()->richcompare(a, swapped);
    if (!r.is_unbound()) return r;
  }
  if (a.is_heap()) {
    Object r = a.heap()->richcompare(b, op);
    if (!r.is_unbound()) return r;
  }
  if (!tried_b && b.is_heap()) {
    Object r = b.heap()->richcompare(a, swapped);
    if (!r.is_unbound()) return r;
  }
  if (op == CmpOp::Eq) return Object::from_bool(a.is(b));
  if (op == CmpOp::Ne) return Object::from_bool(!a.is(b));
  detail::raise_unorderable(op, a, b);
}

bool detail::compare_bool_slow(CmpOp op, const Object& a, const Object& b) {
  if (detail::is_number(a) && detail::is_number(b)) return numeric_compare(op, a, b);
  if (a.is_heap() && b.is_heap() && a.heap()->type == types::str && b.heap()->type == types::str) {
    if (op == CmpOp::Eq) return str_equal(a, b);
    if (op == CmpOp::Ne) return !str_equal(a, b);
  }
  Object r = compare(op, a, b);
  if (r.is_bool()) return r.as_bool();
  return truthy(r);
}

bool equal(const Object& a, const Object& b) {
  if (a.is(b)) return true;
  return compare_bool(CmpOp::Eq, a, b);
}

bool contains(const Object& container, const Object& item) {
  if (container.is_heap()) {
    Object r = container.heap()->contains(item);
    if (!r.is_unbound()) return r.is_bool() ? r.as_bool() : truthy(r);
    Object it = container.heap()->iter();
    if (it.is_unbound() && !container.type()->lookup(detail::names::getitem).is_unbound()) it = iter(container);
    if (!it.is_unbound()) {
      Object x;
      while (next(it, x))
        if (equal(x, item)) return true;
      return false;
    }
  }
  type_error("argument of type '" + type_name_text(container) + "' is not iterable");
}

// ---- attributes ---------------------------------------------------------------------------

namespace {

[[noreturn]] void missing_attribute(const Object& obj, const Object& name) {
  std::string n(str_view(name));
  if (obj.type() == types::module) {
    auto* m = static_cast<ModuleObject*>(obj.heap());
    std::string text = "module '" + std::string(str_view(m->name)) + "' has no attribute '" + n + "'";
    // Objects/moduleobject.c module_getattro: a module whose body is still running.
    if (m->initializing) {
      detail::attribute_error("partially initialized " + text + " (most likely due to a circular import)");
    }
    detail::attribute_error(text);
  }
  if (is_type(obj)) {
    detail::attribute_error("type object '" + static_cast<TypeObject*>(obj.heap())->name + "' has no attribute '" +
                            n + "'");
  }
  detail::attribute_error("'" + type_name_text(obj) + "' object has no attribute '" + n + "'");
}

Object getattr_raw(const Object& obj, const Object& name) {
  if (obj.is_heap()) return obj.heap()->getattr(name);
  if (name.is(detail::names::class_)) return Object(obj.type());
  return generic_getattr(obj, Object(), name);
}

}  // namespace

Object getattr(const Object& obj, const Object& name) {
  Object r = getattr_raw(obj, name);
  if (r.is_unbound()) missing_attribute(obj, name);
  return r;
}

Object getattr_or_unbound(const Object& obj, const Object& name) {
  try {
    return getattr_raw(obj, name);
  } catch (PyException& e) {
    if (exception_is(e.value, exc::AttributeError)) return Object();
    throw;
  }
}

Object lookup_special(const Object& obj, const Object& name) {
  TypeObject* type = obj.type();
  // A class's getattr searches the class before its metaclass; a special method is the
  // metaclass's (type.__dir__, not object.__dir__, for dir(C)).
  if (!type->is_heap_type && !type->is_subtype(types::type)) {
    Object answered = getattr_or_unbound(obj, name);
    if (!answered.is_unbound()) return answered;
    // What the native object's getattr leaves to its type (module.__dir__).
    Object method = type->lookup(name);
    return method.is_unbound() ? method : bind_descriptor(method, obj, type);
  }
  Object found = type->lookup(name);
  if (!found.is_unbound()) return bind_descriptor(found, obj, type);
  // A subclass of a native type inherits what the native type answers through getattr.
  if (type->solid != types::object) return getattr_or_unbound(obj, name);
  return found;
}

void setattr(const Object& obj, const Object& name, const Object& value) {
  if (obj.is_heap()) {
    obj.heap()->setattr(name, value);
    return;
  }
  detail::no_dict_setattr_error(obj, name);
}

void delattr(const Object& obj, const Object& name) { setattr(obj, name, Object()); }

// ---- items -------------------------------------------------------------------------------

Object getitem(const Object& obj, const Object& key) {
  if (obj.is_heap()) {
    Object r = obj.heap()->getitem(key);
    if (!r.is_unbound()) return r;
  }
  type_error("'" + type_name_text(obj) + "' object is not subscriptable");
}

void setitem(const Object& obj, const Object& key, const Object& value) {
  if (obj.is_heap()) {
    obj.heap()->setitem(key, value);
    return;
  }
  type_error("'" + type_name_text(obj) + "' object does not support item assignment");
}

void delitem(const Object& obj, const Object& key) {
  if (obj.is_heap()) {
    obj.heap()->setitem(key, Object());
    return;
  }
  detail::item_deletion_error(obj, key);
}

Object make_slice(const Object& lower, const Object& upper, const Object& step) {
  return make<SliceObject>(lower.is_unbound() ? kNone : lower, upper.is_unbound() ? kNone : upper,
                           step.is_unbound() ? kNone : step);
}

std::int64_t len(const Object& obj) {
  if (obj.is_heap()) {
    std::int64_t n = obj.heap()->len();
    if (n >= 0) return n;
  }
  type_error("object of type '" + type_name_text(obj) + "' has no len()");
}

// ---- calls ---------------------------------------------------------------------------------

Object call_args(const Object& f, const CallArgs& args) {
  if (f.is_heap()) {
    Object r = f.heap()->call(args);
    if (!r.is_unbound()) return r;
  }
  type_error("'" + type_name_text(f) + "' object is not callable");
}

Object call(const Object& f, std::initializer_list<Object> args) {
  return call_args(f, CallArgs{args.begin(), args.size(), 0, nullptr});
}

Object call_kw(const Object& f, std::initializer_list<Object> args, const Object& kwnames) {
  const auto& names = tuple_items(kwnames);
  return call_args(f, CallArgs{args.begin(), args.size() - names.size(), names.size(), names.data()});
}

Object call_ex(const Object& f, const Object& star, const Object& kw) {
  Object pos = is_tuple(star) ? star : tuple_from_iterable(star);
  const auto& items = tuple_items(pos);
  if (kw.is_unbound() || len(kw) == 0) return call_args(f, CallArgs{items.data(), items.size(), 0, nullptr});
  std::vector<Object> all(items.begin(), items.end());
  std::vector<Object> kwnames;
  for (const auto& e : as_dict(kw)->entries) {
    if (e.key.is_unbound()) continue;
    if (!is_str(e.key)) type_error("keywords must be strings");
    kwnames.push_back(e.key);
    all.push_back(e.value);
  }
  return call_args(f, CallArgs{all.data(), items.size(), kwnames.size(), kwnames.data()});
}

Method load_method(const Object& obj, const Object& name) {
  TypeObject* t = obj.type();
  if (!t->is_subtype(types::type) && t != types::module && !t->has_user_getattribute()) {
    Object attr = t->lookup(name);
    if (attr.is_heap()) {
      TypeObject* at = attr.heap()->type;
      if (at == types::method_descriptor || at == types::function) {
        // An instance attribute of the same name shadows the method (both
        // are non-data descriptors).
        Object* dict = obj.is_heap() ? obj.heap()->instance_dict() : nullptr;
        bool shadowed = dict != nullptr && !dict->is_unbound() && !dict_get(*dict, name).is_unbound();
        if (!shadowed) return Method{std::move(attr), obj};
      }
    }
  }
  return Method{getattr(obj, name), Object()};
}

Object call_method(const Method& m, std::initializer_list<Object> args) {
  if (m.self.is_unbound()) return call(m.func, args);
  CallArgs call_args{args.begin(), args.size(), 0, nullptr};
  if (m.func.heap()->type == types::method_descriptor) {
    return static_cast<MethodDescriptor*>(m.func.heap())->call_bound(m.self, call_args);
  }
  return static_cast<FunctionObject*>(m.func.heap())->call_with_self(m.self, call_args);
}

Object call_method(const Object& obj, const Object& name, std::initializer_list<Object> args) {
  return call_method(load_method(obj, name), args);
}

// ---- iteration ---------------------------------------------------------------------------------

namespace {

// The old sequence protocol: obj[0], obj[1], ... until IndexError.
struct SeqIterator final : detail::NativeIterator {
  explicit SeqIterator(Object seq) : NativeIterator(type_()), seq(std::move(seq)) {}
  static TypeObject* type_() {
    static TypeObject* t = detail::iterator_type("iterator");
    return t;
  }
  Object seq;
  std::int64_t i = 0;
  bool next(Object& out) override {
    if (seq.is_unbound()) return false;
    try {
      out = pyrt::getitem(seq, Object::from_int(i));
    } catch (PyException& e) {
      if (exception_is(e.value, exc::IndexError) || exception_is(e.value, exc::StopIteration)) {
        seq = Object();
        return false;
      }
      throw;
    }
    ++i;
    return true;
  }
  // iter_len: NotImplemented for a sequence without __len__, else the indexes left.
  std::int64_t length_hint() override {
    if (seq.is_unbound()) return 0;
    static const Object len_name = intern("__len__");
    if (seq.type()->lookup(len_name).is_unbound()) return -1;
    std::int64_t n = pyrt::len(seq);
    return i < n ? n - i : 0;
  }
};

}  // namespace

Object iter(const Object& x) {
  if (x.is_heap()) {
    Object r = x.heap()->iter();
    if (!r.is_unbound()) return r;
    if (!x.type()->lookup(detail::names::getitem).is_unbound()) return make<SeqIterator>(x);
  }
  type_error("'" + type_name_text(x) + "' object is not iterable");
}

bool next(const Object& it, Object& out) {
  if (it.is_heap()) return it.heap()->next(out);
  type_error("'" + type_name_text(it) + "' object is not an iterator");
}

void unpack(const Object& iterable, std::size_t n, Object* out) {
  if (is_tuple(iterable) || is_list(iterable)) {
    const auto& items = is_tuple(iterable) ? tuple_items(iterable) : list_items(iterable);
    if (items.size() < n) {
      detail::value_error("not enough values to unpack (expected " + std::to_string(n) + ", got " +
                          std::to_string(items.size()) + ")");
    }
    if (items.size() > n) detail::value_error("too many values to unpack (expected " + std::to_string(n) + ")");
    for (std::size_t i = 0; i < n; ++i) out[i] = items[i];
    return;
  }
  Object it;
  if (iterable.is_heap()) it = iterable.heap()->iter();
  if (it.is_unbound()) {
    if (!iterable.is_heap() || iterable.type()->lookup(detail::names::getitem).is_unbound()) {
      type_error("cannot unpack non-iterable " + type_name_text(iterable) + " object");
    }
    it = iter(iterable);
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (!next(it, out[i])) {
      detail::value_error("not enough values to unpack (expected " + std::to_string(n) + ", got " +
                          std::to_string(i) + ")");
    }
  }
  Object extra;
  if (next(it, extra)) detail::value_error("too many values to unpack (expected " + std::to_string(n) + ")");
}

void unpack_star(const Object& iterable, std::size_t before, std::size_t after, Object* out) {
  Object it;
  if (iterable.is_heap()) it = iterable.heap()->iter();
  if (it.is_unbound()) {
    if (!iterable.is_heap() || iterable.type()->lookup(detail::names::getitem).is_unbound()) {
      type_error("cannot unpack non-iterable " + type_name_text(iterable) + " object");
    }
    it = iter(iterable);
  }
  for (std::size_t i = 0; i < before; ++i) {
    if (!next(it, out[i])) {
      detail::value_error("not enough values to unpack (expected at least " + std::to_string(before + after) +
                          ", got " + std::to_string(i) + ")");
    }
  }
  Object rest = list_of({});
  Object x;
  while (next(it, x)) list_append(rest, x);
  auto& items = list_items(rest);
  if (items.size() < after) {
    detail::value_error("not enough values to unpack (expected at least " + std::to_string(before + after) +
                        ", got " + std::to_string(before + items.size()) + ")");
  }
  for (std::size_t i = 0; i < after; ++i) out[before + 1 + i] = items[items.size() - after + i];
  items.resize(items.size() - after);
  out[before] = std::move(rest);
}

// ---- types ------------------------------------------------------------------------------------------

std::string_view type_name(const Object& x) { return x.type()->message_name(); }
std::string type_name_text(const Object& x) { return x.type()->message_name(); }

namespace {

// The metaclass hook `name` (__instancecheck__, __subclasscheck__) when the metaclass of `cls`
// defines it in Python or is ABCMeta (its registry); unbound for classes of `type` and the
// other builtin metaclasses.
Object metaclass_hook(const Object& cls, const Object& name) {
  TypeObject* meta = cls.type();
  if (meta == types::type) return Object();
  if (meta->is_heap_type) {
    Object hook = detail::user_dunder(meta, name);
    if (!hook.is_unbound()) return hook;
  }
  return meta->is_subtype(types::abc_meta) ? meta->lookup(name) : Object();
}

bool isinstance_one(const Object& x, const Object& cls, const char* fname) {
  TypeObject* ct = cls.type();
  if (ct->is_subtype(types::type)) {
    auto* t = static_cast<TypeObject*>(cls.heap());
    // PyObject_IsInstance: an exact match first, then type(cls).__instancecheck__.
    if (x.type() == t) return true;
    static const Object hook_name = intern("__instancecheck__");
    Object hook = metaclass_hook(cls, hook_name);
    if (!hook.is_unbound()) return pyrt::truthy(detail::call_as_method(hook, cls, {x}));
    return x.type()->is_subtype(t);
  }
  if (ct == types::tuple) {
    for (const Object& c : tuple_items(cls))
      if (isinstance_one(x, c, fname)) return true;
    return false;
  }
  if (ct == types::union_type) {
    static const Object args_name = intern("__args__");
    return isinstance_one(x, getattr(cls, args_name), fname);
  }
  if (ct == types::generic_alias) {
    type_error(std::string(fname) + "() argument 2 cannot be a parameterized generic");
  }
  type_error(std::string(fname) + "() arg 2 must be a type, a tuple of types, or a union");
}

}  // namespace

bool isinstance(const Object& x, const Object& cls) { return isinstance_one(x, cls, "isinstance"); }

bool issubclass(const Object& cls, const Object& classinfo) {
  if (!is_type(cls)) type_error("issubclass() arg 1 must be a class");
  auto* c = static_cast<TypeObject*>(cls.heap());
  TypeObject* it = classinfo.type();
  if (it->is_subtype(types::type)) {
    static const Object hook_name = intern("__subclasscheck__");
    Object hook = metaclass_hook(classinfo, hook_name);
    if (!hook.is_unbound()) return pyrt::truthy(detail::call_as_method(hook, classinfo, {cls}));
    auto* t = static_cast<TypeObject*>(classinfo.heap());
    return c->is_subtype(t);
  }
  if (it == types::tuple) {
    for (const Object& x : tuple_items(classinfo))
      if (issubclass(cls, x)) return true;
    return false;
  }
  if (it == types::union_type) {
    static const Object args_name = intern("__args__");
    return issubclass(cls, getattr(classinfo, args_name));
  }
  type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

bool is_callable(const Object& x) {
  if (!x.is_heap()) return false;
  TypeObject* t = x.heap()->type;
  if (t == types::function || t == types::builtin_function || t == types::method || t->is_subtype(types::type) ||
      t == types::method_descriptor || t == types::staticmethod) {
    return true;
  }
  return !t->lookup(detail::names::call).is_unbound();
}

}  // namespace pyrt
