// Function objects and argument binding (CPython 3.11's
// initialize_locals in Python/ceval.c, with its exact messages), bound
// methods, native functions and method descriptors, and the argument
// parsers native functions use (Python/getargs.c and Argument Clinic texts).
#include "pyrt/object/function.h"

#include <cstdio>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "internal.h"
#include "pyrt/object/cell.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/import.h"
#include "pyrt/object/recursion.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

using detail::type_error;

// ---- FunctionObject --------------------------------------------------------------------------

FunctionObject::FunctionObject(const FunctionSpec* s, std::vector<Object> d, std::vector<Object> kd,
                               std::vector<Object> c)
    : HeapObject(types::function), spec(s), defaults(std::move(d)), kwdefaults(std::move(kd)), cells(std::move(c)) {}

Object function_with_annotations(Object function, const Object& annotations) {
  static_cast<FunctionObject*>(function.heap())->annotations = annotations;
  return function;
}

Object make_function(const FunctionSpec* spec, std::vector<Object> defaults, std::vector<Object> kwdefaults,
                     std::vector<Object> cells) {
  return make<FunctionObject>(spec, std::move(defaults), std::move(kwdefaults), std::move(cells));
}

std::size_t FunctionObject::slot_count() const noexcept {
  return static_cast<std::size_t>(spec->npositional + spec->has_varargs + spec->nkwonly + spec->has_varkw);
}

namespace {

// Interned parameter names per spec, built on first keyword call.
const std::vector<Object>& interned_params(const FunctionSpec* spec) {
  static auto* cache = new std::unordered_map<const FunctionSpec*, std::vector<Object>>();
  auto it = cache->find(spec);
  if (it != cache->end()) return it->second;
  std::vector<Object> names;
  for (const auto& p : spec->params) names.push_back(intern(p));
  return cache->emplace(spec, std::move(names)).first->second;
}

std::string qualname_text(FunctionObject* f) {
  if (!f->qualname.is_unbound()) return std::string(str_view(f->qualname));
  return f->spec->qualname;
}

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" (format_missing).
std::string name_list(const std::vector<std::string>& names) {
  std::vector<std::string> q;
  for (const auto& n : names) q.push_back("'" + n + "'");
  if (q.size() == 1) return q[0];
  if (q.size() == 2) return q[0] + " and " + q[1];
  std::string out;
  for (std::size_t i = 0; i + 2 < q.size(); ++i) out += q[i] + ", ";
  return out + q[q.size() - 2] + ", and " + q.back();
}

}  // namespace

void FunctionObject::bind(const Object& self_arg, const CallArgs& args, Object* slots) {
  const FunctionSpec& s = *spec;
  const std::size_t npositional = static_cast<std::size_t>(s.npositional);
  const std::size_t kw0 = npositional + (s.has_varargs ? 1 : 0);
  const std::size_t off = self_arg.is_unbound() ? 0 : 1;
  const std::size_t argcount = args.npos + off;

  // Positional arguments.
  std::size_t n = argcount < npositional ? argcount : npositional;
  for (std::size_t i = 0; i < n; ++i) slots[i] = (off && i == 0) ? self_arg : args.args[i - off];
  if (s.has_varargs) {
    std::vector<Object> rest;
    for (std::size_t i = n; i < argcount; ++i) rest.push_back((off && i == 0) ? self_arg : args.args[i - off]);
    slots[npositional] = tuple_from_vector(std::move(rest));
  }
  Object kwdict;
  if (s.has_varkw) {
    kwdict = new_dict();
    slots[kw0 + static_cast<std::size_t>(s.nkwonly)] = kwdict;
  }

  // Keyword arguments: positional-or-keyword slots, then keyword-only ones.
  if (args.nkw) {
    const std::vector<Object>& pnames = interned_params(spec);
    const std::size_t kw_end = kw0 + static_cast<std::size_t>(s.nkwonly);
    auto next_slot = [&](std::size_t j) { return j + 1 == npositional ? kw0 : j + 1; };
    const std::size_t first = static_cast<std::size_t>(s.nposonly) < npositional ? static_cast<std::size_t>(s.nposonly) : kw0;
    for (std::size_t k = 0; k < args.nkw; ++k) {
      const Object& key = args.kwnames[k];
      const Object& value = args.args[args.npos + k];
      std::size_t j = first;
      for (; j < kw_end; j = next_slot(j))
        if (pnames[j].heap() == key.heap()) break;
      if (j >= kw_end) {
        for (j = first; j < kw_end; j = next_slot(j))
          if (str_equal(pnames[j], key)) break;
      }
      if (j >= kw_end) {
        if (kwdict.is_unbound()) {
          std::vector<std::string> posonly;
          for (std::size_t p = 0; p < static_cast<std::size_t>(s.nposonly); ++p) {
            for (std::size_t q = 0; q < args.nkw; ++q)
              if (str_equal(pnames[p], args.kwnames[q])) posonly.push_back(s.params[p]);
          }
          if (!posonly.empty()) {
            std::string joined;
            for (std::size_t p = 0; p < posonly.size(); ++p) joined += (p ? ", " : "") + posonly[p];
            type_error(qualname_text(this) + "() got some positional-only arguments passed as keyword arguments: '" +
                       joined + "'");
          }
          type_error(qualname_text(this) + "() got an unexpected keyword argument '" + std::string(str_view(key)) +
                     "'");
        }
        dict_set(kwdict, key, value);
        continue;
      }
      Object& slot = slots[j];
      if (!slot.is_unbound()) {
        type_error(qualname_text(this) + "() got multiple values for argument '" + std::string(str_view(key)) + "'");
      }
      slot = value;
    }
  }

  // Too many positional arguments.
  if (argcount > npositional && !s.has_varargs) {
    std::size_t kwonly_given = 0;
    for (std::size_t j = 0; j < static_cast<std::size_t>(s.nkwonly); ++j) kwonly_given += !slots[kw0 + j].is_unbound();
    std::size_t defcount = defaults.size();
    std::string sig;
    bool plural;
    if (defcount) {
      plural = true;
      sig = "from " + std::to_string(npositional - defcount) + " to " + std::to_string(npositional);
    } else {
      plural = npositional != 1;
      sig = std::to_string(npositional);
    }
    std::string kwonly_sig;
    if (kwonly_given) {
      kwonly_sig = std::string(" positional argument") + (argcount != 1 ? "s" : "") + " (and " +
                   std::to_string(kwonly_given) + " keyword-only argument" + (kwonly_given != 1 ? "s" : "") + ")";
    }
    type_error(qualname_text(this) + "() takes " + sig + " positional argument" + (plural ? "s" : "") + " but " +
               std::to_string(argcount) + kwonly_sig + " " +
               (argcount == 1 && !kwonly_given ? "was" : "were") + " given");
  }

  // Missing positional arguments, then defaults.
  if (argcount < npositional) {
    std::size_t defcount = defaults.size();
    std::size_t m = npositional - defcount;
    std::vector<std::string> missing;
    for (std::size_t i = argcount; i < m; ++i)
      if (slots[i].is_unbound()) missing.push_back(s.params[i]);
    if (!missing.empty()) {
      type_error(qualname_text(this) + "() missing " + std::to_string(missing.size()) + " required positional argument" +
                 (missing.size() == 1 ? "" : "s") + ": " + name_list(missing));
    }
    for (std::size_t i = (n > m ? n - m : 0); i < defcount; ++i)
      if (slots[m + i].is_unbound()) slots[m + i] = defaults[i];
  }

  // Keyword-only defaults.
  if (s.nkwonly) {
    std::vector<std::string> missing;
    for (std::size_t j = 0; j < static_cast<std::size_t>(s.nkwonly); ++j) {
      Object& slot = slots[kw0 + j];
      if (!slot.is_unbound()) continue;
      if (j < kwdefaults.size() && !kwdefaults[j].is_unbound()) {
        slot = kwdefaults[j];
      } else {
        missing.push_back(s.params[kw0 + j]);
      }
    }
    if (!missing.empty()) {
      type_error(qualname_text(this) + "() missing " + std::to_string(missing.size()) + " required keyword-only argument" +
                 (missing.size() == 1 ? "" : "s") + ": " + name_list(missing));
    }
  }
}

Object FunctionObject::call_with_self(const Object& self_arg, const CallArgs& args) {
  Object keep(this);  // the frame's reference, as CPython's
  std::optional<RecursionGuard> frame;
  if (spec->call_runs_body) frame.emplace();
  std::size_t n = slot_count();
  if (n <= 8) {
    Object slots[8];
    bind(self_arg, args, slots);
    return spec->entry(this, slots);
  }
  std::vector<Object> slots(n);
  bind(self_arg, args, slots.data());
  return spec->entry(this, slots.data());
}

Object FunctionObject::call(const CallArgs& args) { return call_with_self(Object(), args); }

Object FunctionObject::repr() {
  char buf[32];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(this));
  return str_from("<function " + qualname_text(this) + buf);
}

Object FunctionObject::getattr(const Object& n) {
  namespace nm = detail::names;
  if (n.is(nm::name)) return name.is_unbound() ? str_from(spec->name) : name;
  if (n.is(nm::qualname)) return qualname.is_unbound() ? str_from(spec->qualname) : qualname;
  if (n.is(nm::dict)) {
    if (dict.is_unbound()) dict = new_dict();
    return dict;
  }
  if (!dict.is_unbound()) {
    Object v = dict_get(dict, n);
    if (!v.is_unbound()) return v;
  }
  if (n.is(nm::module)) return str_from(spec->module);
  if (n.is(nm::doc)) return spec->doc == nullptr ? kNone : str_from(std::string_view(spec->doc, spec->doc_size));
  Object special = special_attribute(str_view(n));
  return special.is_unbound() ? HeapObject::getattr(n) : special;
}

Object FunctionObject::special_attribute(std::string_view t) {
  if (t == "__defaults__") return defaults.empty() ? kNone : tuple_from_vector(defaults);
  if (t == "__kwdefaults__") {
    if (spec->nkwonly == 0) return kNone;
    Object d = new_dict();
    for (std::size_t j = 0; j < kwdefaults.size(); ++j)
      if (!kwdefaults[j].is_unbound()) {
        std::size_t slot = static_cast<std::size_t>(spec->npositional + spec->has_varargs) + j;
        dict_set(d, intern(spec->params[slot]), kwdefaults[j]);
      }
    return d;
  }
  if (t == "__annotations__") {
    if (annotations.is_unbound()) annotations = new_dict();
    return annotations;
  }
  if (t == "__closure__") return cells.empty() ? kNone : tuple_from_vector(cells);
  // The defining module's namespace, and the builtins dict it runs with.
  if (t == "__globals__") return pyrt::getattr(import_module(spec->module), detail::names::dict);
  if (t == "__builtins__") return pyrt::getattr(import_module("builtins"), detail::names::dict);
  if (t == "__code__") return code_object(spec);
  return Object();
}

void FunctionObject::setattr(const Object& n, const Object& value) {
  namespace nm = detail::names;
  if (n.is(nm::name) && !value.is_unbound()) {
    if (!is_str(value)) type_error("__name__ must be set to a string object");
    name = value;
    return;
  }
  if (n.is(nm::qualname) && !value.is_unbound()) {
    if (!is_str(value)) type_error("__qualname__ must be set to a string object");
    qualname = value;
    return;
  }
  if (str_view(n) == "__annotations__") {
    if (!value.is_unbound() && !is_dict(value)) type_error("__annotations__ must be set to a dict object");
    annotations = value;
    return;
  }
  if (dict.is_unbound()) dict = new_dict();
  if (value.is_unbound()) {
    if (!dict_del(dict, n)) {
      detail::attribute_error("'function' object has no attribute '" + std::string(str_view(n)) + "'");
    }
    return;
  }
  dict_set(dict, n, value);
}

// ---- BoundMethod ---------------------------------------------------------------------------

BoundMethod::BoundMethod(Object f, Object s) : HeapObject(types::method), func(std::move(f)), self(std::move(s)) {}

Object make_bound_method(Object func, Object self) { return make<BoundMethod>(std::move(func), std::move(self)); }

Object BoundMethod::repr() {
  Object qn = getattr_or_unbound(func, detail::names::qualname);
  if (qn.is_unbound()) qn = getattr_or_unbound(func, detail::names::name);
  std::string name = qn.is_unbound() ? "?" : str_text(qn);
  return str_from("<bound method " + name + " of " + repr_text(self) + ">");
}

std::int64_t BoundMethod::hash() {
  std::int64_t h = pyrt::hash(self) ^ pyrt::hash(func);
  return h == -1 ? -2 : h;
}

Object BoundMethod::richcompare(const Object& other, CmpOp op) {
  if (other.type() != types::method || (op != CmpOp::Eq && op != CmpOp::Ne)) return Object();
  auto* o = static_cast<BoundMethod*>(other.heap());
  bool eq = func.is(o->func) && self.is(o->self);
  return Object::from_bool(op == CmpOp::Eq ? eq : !eq);
}

Object BoundMethod::getattr(const Object& n) {
  std::string_view t = str_view(n);
  if (t == "__self__") return self;
  if (t == "__func__") return func;
  if (n.is(detail::names::class_)) return Object(types::method);
  return pyrt::getattr(func, n);
}

Object BoundMethod::call(const CallArgs& args) {
  if (func.type() == types::function) {
    return static_cast<FunctionObject*>(func.heap())->call_with_self(self, args);
  }
  std::vector<Object> full;
  full.reserve(args.npos + args.nkw + 1);
  full.push_back(self);
  for (std::size_t i = 0; i < args.npos + args.nkw; ++i) full.push_back(args.args[i]);
  return call_args(func, CallArgs{full.data(), args.npos + 1, args.nkw, args.kwnames});
}

// ---- BuiltinFunction / MethodDescriptor ---------------------------------------------------------

BuiltinFunction::BuiltinFunction(const char* n, NativeFn f) : HeapObject(types::builtin_function), name(n), fn(f) {}
BuiltinFunction::BuiltinFunction(const char* n, NativeMethod m, Object s)
    : HeapObject(types::builtin_function), name(n), method(m), self_(std::move(s)) {}

Object make_builtin(const char* name, NativeFn fn) { return make<BuiltinFunction>(name, fn); }

Object make_builtin_method(const char* name, NativeFn fn) {
  Object f = make_builtin(name, fn);
  static_cast<BuiltinFunction*>(f.heap())->binds_as_method = true;
  return f;
}

Object make_builtin(const NativeFunctionDef& def, const Object& module_name) {
  auto* f = new BuiltinFunction(def.name, def.fn);
  f->module = module_name;
  f->min_args = def.min_args;
  f->max_args = def.max_args;
  return Object(f);
}

Object make_native_method(const Object& self, const char* name, NativeMethod method) {
  return make<BuiltinFunction>(name, method, self);
}

Object BuiltinFunction::repr() {
  if (method == nullptr) return str_from(std::string("<built-in function ") + name + ">");
  char buf[32];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(self_.heap()));
  if (self_.type() == types::module) {
    return str_from(std::string("<built-in method ") + name + " of module object" + buf);
  }
  return str_from(std::string("<built-in method ") + name + " of " + self_.type()->name + " object" + buf);
}

Object BuiltinFunction::getattr(const Object& n) {
  namespace nm = detail::names;
  if (n.is(nm::name)) return str_from(name);
  if (n.is(nm::qualname)) {
    // meth_get__qualname__: a method bound to an object or class is named
    // through that type's __qualname__ ("Future.set_result"); functions of a
    // module keep their bare name.
    if (method == nullptr || self_.is_unbound() || self_.type() == types::module) return str_from(name);
    TypeObject* owner = is_type(self_) ? static_cast<TypeObject*>(self_.heap()) : self_.type();
    return str_from((owner->qualname.empty() ? owner->name : owner->qualname) + "." + name);
  }
  if (str_view(n) == "__self__") return self_.is_unbound() ? kNone : self_;
  if (n.is(nm::module)) return module.is_unbound() ? kNone : module;
  if (n.is(nm::doc)) return kNone;
  return HeapObject::getattr(n);
}

namespace {

// The TypeError for a table function called with the wrong arguments. CPython
// words keyword errors of METH_FASTCALL functions, and every error of
// METH_NOARGS and METH_O ones, with _PyObject_FunctionStr, which qualifies the
// name by its module except for builtins (Objects/methodobject.c); Argument
// Clinic's positional checks use the bare name (Python/getargs.c). Called
// only when the check fails, so it always raises.
void arity_error(const BuiltinFunction& f, const CallArgs& args) {
  std::string qualified = f.name;
  if (!f.module.is_unbound() && str_view(f.module) != "builtins") {
    qualified = std::string(str_view(f.module)) + "." + qualified;
  }
  check_no_kwargs(args, qualified.c_str());
  bool function_str = f.min_args == f.max_args && f.max_args <= 1;
  check_nargs(args, function_str ? qualified.c_str() : f.name, static_cast<std::size_t>(f.min_args),
              static_cast<std::size_t>(f.max_args));
}

}  // namespace

Object BuiltinFunction::call(const CallArgs& args) {
  if (method != nullptr) {
    if (!descriptor.is_unbound()) return static_cast<MethodDescriptor*>(descriptor.heap())->call_bound(self_, args);
    return method(self_, args);
  }
  if (min_args != kOwnArgs &&
      (args.nkw != 0 || args.npos < static_cast<std::size_t>(min_args) || args.npos > static_cast<std::size_t>(max_args))) {
    arity_error(*this, args);
  }
  // CPython 3.11 counts a call of a builtin function as one level
  // (cfunction_vectorcall_*), so `sys.setrecursionlimit` sees it and a
  // __repr__ that print() reaches runs one level deeper.
  RecursionGuard call(" while calling a Python object");
  return fn(args);
}

namespace {

TypeObject* classmethod_descriptor_type() {
  static TypeObject* t = make_builtin_type("classmethod_descriptor");
  return t;
}

}  // namespace

MethodDescriptor::MethodDescriptor(TypeObject* o, const char* n, NativeMethod m)
    : HeapObject(types::method_descriptor), owner(o), name(n), method(m) {}

MethodDescriptor::MethodDescriptor(TypeObject* o, const NativeMethodDef& def)
    : HeapObject(def.kind == MethodKind::Class ? classmethod_descriptor_type() : types::method_descriptor),
      owner(o),
      name(def.name),
      method(def.method),
      min_args(def.min_args),
      max_args(def.max_args),
      kind(def.kind) {}

Object MethodDescriptor::call_bound(const Object& self, const CallArgs& args) const {
  if (min_args != kOwnArgs &&
      (args.nkw != 0 || args.npos < static_cast<std::size_t>(min_args) || args.npos > static_cast<std::size_t>(max_args))) {
    // METH_NOARGS/METH_O messages name the method by its __qualname__
    // ("list.append"); Argument Clinic's positional checks by its bare name.
    std::string qualified = owner->name + "." + name;
    check_no_kwargs(args, qualified.c_str());
    bool function_str = min_args == max_args && max_args <= 1;
    check_nargs(args, function_str ? qualified.c_str() : name, static_cast<std::size_t>(min_args),
                static_cast<std::size_t>(max_args));
  }
  return method(detail::native_receiver(owner, self, name), args);
}

Object MethodDescriptor::repr() {
  return str_from(std::string("<method '") + name + "' of '" + owner->name + "' objects>");
}

Object MethodDescriptor::call(const CallArgs& args) {
  if (args.npos == 0) type_error(std::string("unbound method ") + owner->name + "." + name + "() needs an argument");
  const Object& self = args.args[0];
  if (kind == MethodKind::Class ? !(is_type(self) && static_cast<TypeObject*>(self.heap())->is_subtype(owner))
                                : !self.type()->is_subtype(owner)) {
    type_error(std::string("descriptor '") + name + "' for '" + owner->message_name() +
               "' objects doesn't apply to a '" + type_name_text(self) + "' object");
  }
  return call_bound(self, CallArgs{args.args + 1, args.npos - 1, args.nkw, args.kwnames});
}

Object MethodDescriptor::descr_get(const Object& obj, TypeObject* type) {
  if (kind == MethodKind::Instance && obj.is_unbound()) return Object(this);
  Object self = kind == MethodKind::Class ? Object(type) : obj;
  auto* f = new BuiltinFunction(name, method, std::move(self));
  if (min_args != kOwnArgs) f->descriptor = Object(this);
  return Object(f);
}

void add_method(TypeObject* type, const char* name, NativeMethod method) {
  dict_set(type->dict, intern(name), make<MethodDescriptor>(type, name, method));
}

void add_methods(TypeObject* type, std::span<const NativeMethodDef> methods) {
  for (const NativeMethodDef& def : methods) dict_set(type->dict, intern(def.name), make<MethodDescriptor>(type, def));
}

// ---- argument parsing -------------------------------------------------------------------------

void check_no_kwargs(const CallArgs& args, const char* name) {
  if (args.nkw) type_error(std::string(name) + "() takes no keyword arguments");
}

void check_nargs(const CallArgs& args, const char* name, std::size_t min, std::size_t max) {
  check_no_kwargs(args, name);
  std::size_t n = args.npos;
  if (n >= min && n <= max) return;
  std::string given = std::to_string(n);
  if (min == max && max == 0) type_error(std::string(name) + "() takes no arguments (" + given + " given)");
  if (min == max && max == 1) type_error(std::string(name) + "() takes exactly one argument (" + given + " given)");
  check_positional(args, name, min, max);
}

void check_positional(const CallArgs& args, const char* name, std::size_t min, std::size_t max) {
  check_no_kwargs(args, name);
  std::size_t n = args.npos;
  if (n >= min && n <= max) return;
  std::string given = std::to_string(n);
  if (min == max) {
    type_error(std::string(name) + " expected " + std::to_string(min) + " argument" + (min == 1 ? "" : "s") +
               ", got " + given);
  }
  if (n < min) {
    type_error(std::string(name) + " expected at least " + std::to_string(min) + " argument" + (min == 1 ? "" : "s") +
               ", got " + given);
  }
  type_error(std::string(name) + " expected at most " + std::to_string(max) + " argument" + (max == 1 ? "" : "s") +
             ", got " + given);
}

void parse_args(const CallArgs& args, const char* fname, std::initializer_list<const char*> names,
                std::size_t npositional, std::size_t nrequired, Object* out) {
  std::size_t total = names.size();
  if (args.npos > npositional) {
    if (npositional == 0) type_error(std::string(fname) + "() takes no positional arguments");
    type_error(std::string(fname) + "() takes at most " + std::to_string(npositional) + " argument" +
               (npositional == 1 ? "" : "s") + " (" + std::to_string(args.npos) + " given)");
  }
  for (std::size_t i = 0; i < args.npos; ++i) out[i] = args.args[i];
  for (std::size_t k = 0; k < args.nkw; ++k) {
    std::string_view key = str_view(args.kwnames[k]);
    std::size_t j = 0;
    for (const char* n : names) {
      if (*n != '\0' && key == n) break;
      ++j;
    }
    if (j == total) {
      type_error("'" + std::string(key) + "' is an invalid keyword argument for " + fname + "()");
    }
    if (!out[j].is_unbound()) {
      type_error(std::string("argument for ") + fname + "() given by name ('" + std::string(key) + "') and position (" +
                 std::to_string(j + 1) + ")");
    }
    out[j] = args.args[args.npos + k];
  }
  std::size_t j = 0;
  for (const char* n : names) {
    if (j < nrequired && out[j].is_unbound()) {
      type_error(std::string(fname) + "() missing required argument '" + n + "' (pos " + std::to_string(j + 1) + ")");
    }
    ++j;
  }
}

void bad_argument(std::string_view fname, int position, std::string_view expected, const Object& arg) {
  std::string message = std::string(fname) + "() argument ";
  if (position > 0) message += std::to_string(position) + " ";
  message += "must be " + std::string(expected) + ", not " + (arg.is_none() ? "None" : type_name_text(arg));
  raise_error(exc::TypeError, std::move(message));
}

Object kwarg(const CallArgs& args, std::string_view name) {
  for (std::size_t k = 0; k < args.nkw; ++k)
    if (str_view(args.kwnames[k]) == name) return args.args[args.npos + k];
  return Object();
}

// ---- cells ---------------------------------------------------------------------------------------

Cell::Cell(Object initial) : HeapObject(types::cell), value(std::move(initial)) {}

Object Cell::repr() {
  char buf[64];
  if (value.is_unbound()) {
    std::snprintf(buf, sizeof buf, "<cell at %p: empty>", static_cast<void*>(this));
    return str_from(buf);
  }
  std::snprintf(buf, sizeof buf, "<cell at %p: ", static_cast<void*>(this));
  char tail[32];
  std::snprintf(tail, sizeof tail, " object at %p>",
                value.is_heap() ? static_cast<void*>(value.heap()) : static_cast<void*>(this));
  return str_from(std::string(buf) + value.type()->name + tail);
}

Object make_cell(Object initial) { return make<Cell>(std::move(initial)); }

namespace {

// function's attributes as class-level getset descriptors, so that dir(f) lists them.
template <const char* Name>
Object function_attribute(const Object& f) {
  return static_cast<FunctionObject*>(f.heap())->special_attribute(Name);
}

// __dict__, __module__, __name__ and __qualname__, which getattr answers first.
template <const char* Name>
Object function_own(const Object& f) {
  static const Object name = intern(Name);
  return f.heap()->getattr(name);
}

// cell.cell_contents: ValueError "Cell is empty" for an empty cell.
Object cell_contents_get(const Object& cell) {
  const Object& v = static_cast<Cell*>(cell.heap())->value;
  if (v.is_unbound()) raise_error(exc::ValueError, "Cell is empty");
  return v;
}

constexpr char kDict[] = "__dict__", kModule[] = "__module__", kName[] = "__name__", kQualname[] = "__qualname__";
constexpr char kDefaults[] = "__defaults__", kKwdefaults[] = "__kwdefaults__", kAnnotations[] = "__annotations__",
               kClosure[] = "__closure__", kGlobals[] = "__globals__", kBuiltins[] = "__builtins__",
               kCode[] = "__code__";

const GetSetDef function_getsets[] = {
    {kCode, function_attribute<kCode>},           {kDefaults, function_attribute<kDefaults>},
    {kKwdefaults, function_attribute<kKwdefaults>}, {kAnnotations, function_attribute<kAnnotations>},
    {kClosure, function_attribute<kClosure>, true}, {kGlobals, function_attribute<kGlobals>, true},
    {kBuiltins, function_attribute<kBuiltins>, true}, {kDict, function_own<kDict>},
    {kModule, function_own<kModule>, true},           {kName, function_own<kName>},
    {kQualname, function_own<kQualname>},
};
const GetSetDef cell_getsets[] = {{"cell_contents", cell_contents_get}};

// types.MethodType(function, instance) (method_new).
Object method_new(TypeObject*, const CallArgs& args) {
  check_no_kwargs(args, "method");
  if (args.npos != 2) {
    detail::type_error("method expected 2 arguments, got " + std::to_string(args.npos));
  }
  if (!is_callable(args.args[0])) detail::type_error("first argument must be callable");
  if (args.args[1].is_none()) detail::type_error("instance must not be None");
  return make_bound_method(args.args[0], args.args[1]);
}

}  // namespace

void detail::init_function_types() {
  types::function = make_builtin_type("function");
  add_getsets(types::function, function_getsets);
  types::method = make_builtin_type("method", nullptr, "builtins", method_new);
  types::cell = make_builtin_type("cell");
  add_getsets(types::cell, cell_getsets);
}

}  // namespace pyrt
