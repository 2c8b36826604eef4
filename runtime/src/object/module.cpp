// Module objects and the native modules sys, time and math. Mirrors CPython's
// Objects/moduleobject.c and the C modules' observable behaviour (error texts, reprs).
#include "pyrt/object/module.h"
#include "pyrt/object/namespace.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <string>
#include <unordered_map>
#include <vector>

#include "internal.h"
#include "module_registrations.h"
#include "pyrt/object/dataclass.h"
#include "pyrt/object/descriptor.h"
#include "pyrt/object/builtins.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/float.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/instance.h"
#include "pyrt/object/list.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/print.h"
#include "pyrt/object/recursion.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/structseq.h"
#include "pyrt/object/subclassing.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"
#include "pyrt/object/typing.h"

namespace pyrt {

using detail::type_error;
using detail::value_error;

ModuleObject::ModuleObject(std::string_view n) : HeapObject(types::module), name(str_from(n)), dict(new_dict()) {
  dict_set(dict, detail::names::name, name);
}

namespace {

// importlib's ModuleSpec (Lib/importlib/_bootstrap.py) for a module found on the path:
// name, loader, origin (the file), submodule_search_locations (a package's [folder]),
// cached, parent and has_location, with ModuleSpec.__repr__'s text.
Object module_spec_repr(const CallArgs& args) {
  check_nargs(args, "__repr__", 1, 1);
  const Object& self = args.args[0];
  std::string text = "ModuleSpec(name=" + repr_text(getattr(self, intern("name"))) +
                     ", loader=" + repr_text(getattr(self, intern("loader")));
  Object origin = getattr(self, intern("origin"));
  if (!origin.is_none()) text += ", origin=" + repr_text(origin);
  Object locations = getattr(self, intern("submodule_search_locations"));
  if (!locations.is_none()) text += ", submodule_search_locations=" + str_text(str(locations));
  return str_from(text + ")");
}

}  // namespace

// importlib's _init_module_attrs and runpy's: the keys in CPython's order, __spec__ None for
// the script run as __main__, and __builtins__ the builtins module there (a dict elsewhere).
ModuleObject::ModuleObject(const TranslatedModuleDef& d) : ModuleObject(d.name) {
  def = &d;
  for (const GlobalSlot& g : d.globals) slots_.emplace(g.name, g.value);
  std::string_view n(d.name);
  bool is_main = n == "__main__";
  dict_set(dict, intern("__doc__"), kNone);
  // importlib: __package__ is the name for a package, its parent's for a module, and None for
  // the script run as __main__ (runpy leaves it so).
  Object package = kNone;
  if (d.is_package) package = name;
  else if (!is_main) package = str_from(n.substr(0, n.rfind('.') == std::string_view::npos ? 0 : n.rfind('.')));
  dict_set(dict, intern("__package__"), package);
  std::string_view file(d.file);
  std::string_view folder = file.substr(0, file.rfind('/'));
  static const Object loader_type = Object(make_python_class("SourceFileLoader", "_frozen_importlib_external", {}, {}, false));
  Object loader = new_instance(static_cast<TypeObject*>(loader_type.heap()));
  pyrt::setattr(loader, intern("name"), name);
  pyrt::setattr(loader, intern("path"), str_from(file));
  dict_set(dict, intern("__loader__"), loader);
  Object path = d.is_package ? list_of({str_from(folder)}) : kNone;
  std::string stem(file.substr(folder.size() + 1, file.rfind('.') - folder.size() - 1));
  Object cached = is_main ? kNone : str_from(std::string(folder) + "/__pycache__/" + stem + ".cpython-311.pyc");
  Object spec = kNone;
  if (!is_main) {
    static const Object spec_type = Object(make_python_class(
        "ModuleSpec", "_frozen_importlib", {}, {{detail::names::repr, make_builtin("__repr__", module_spec_repr)}}, false));
    spec = new_instance(static_cast<TypeObject*>(spec_type.heap()));
    for (const auto& [key, value] : {std::pair<const char*, Object>{"name", name}, {"loader", loader},
                                     {"origin", str_from(file)}, {"loader_state", kNone},
                                     {"submodule_search_locations", path}, {"parent", package},
                                     {"has_location", kTrue}, {"cached", cached}}) {
      pyrt::setattr(spec, intern(key), value);
    }
  }
  dict_set(dict, intern("__spec__"), spec);
  Object builtins = import_module("builtins");
  if (is_main) {
    dict_set(dict, intern("__annotations__"), new_dict());
    dict_set(dict, intern("__builtins__"), builtins);
  }
  if (d.is_package) dict_set(dict, intern("__path__"), path);
  dict_set(dict, intern("__file__"), str_from(file));
  dict_set(dict, intern("__cached__"), cached);
  if (!is_main) dict_set(dict, intern("__builtins__"), pyrt::getattr(builtins, detail::names::dict));
}

Object* ModuleObject::global_slot(const Object& n) const {
  if (slots_.empty() || !is_str(n)) return nullptr;
  auto it = slots_.find(str_view(n));
  return it == slots_.end() ? nullptr : it->second;
}

Object new_module(std::string_view name, const char* doc) {
  Object m = make<ModuleObject>(name);
  module_add(m, "__doc__", doc != nullptr ? str_from(doc) : Object::none());
  return m;
}

void module_add(const Object& module, std::string_view name, const Object& value) {
  dict_set(static_cast<ModuleObject*>(module.heap())->dict, intern(name), value);
}

void module_add_functions(const Object& module, std::span<const NativeFunctionDef> functions) {
  const Object& module_name = static_cast<ModuleObject*>(module.heap())->name;
  for (const NativeFunctionDef& f : functions) module_add(module, f.name, make_builtin(f, module_name));
}

Object ModuleObject::repr() {
  std::string text = "<module " + str_repr_text(str_view(name));
  if (made_by_module_type) return str_from(text + ">");
  if (def == nullptr) return str_from(text + " (built-in)>");
  return str_from(text + " from " + str_repr_text(def->file) + ">");
}

// A translated module's __dict__ is its dict with the bound globals copied in at the moment
// of the read. A module whose namespace must be live (it calls globals()) has no C++ globals:
// everything is in the dict (sema's globals_in_dict_).
Object ModuleObject::getattr(const Object& n) {
  if (Object* slot = global_slot(n)) {
    if (!slot->is_unbound()) return *slot;
  } else {
    Object v = dict_get(dict, n);
    if (!v.is_unbound()) return v;
  }
  if (n.is(detail::names::dict)) {
    if (def != nullptr) {
      for (const GlobalSlot& g : def->globals) {
        if (g.value->is_unbound()) dict_del(dict, intern(g.name));
        else dict_set(dict, intern(g.name), *g.value);
      }
    }
    return dict;
  }
  if (n.is(detail::names::class_)) return Object(types::module);
  // PEP 562: a module-level __getattr__ answers for names the module lacks.
  static const Object module_getattr = intern("__getattr__");
  if (!n.is(module_getattr)) {
    Object hook = getattr(module_getattr);
    if (!hook.is_unbound()) return pyrt::call(hook, {n});
  }
  return Object();
}

void ModuleObject::setattr(const Object& n, const Object& value) {
  Object* slot = global_slot(n);
  if (value.is_unbound()) {
    bool existed = slot ? !slot->is_unbound() : dict_del(dict, n);
    if (slot) *slot = Object();
    // Deleting goes through PyObject_GenericSetAttr, which words it for any object.
    if (!existed) detail::attribute_error("'module' object has no attribute '" + std::string(str_view(n)) + "'");
    return;
  }
  if (slot) *slot = value;
  else dict_set(dict, n, value);
}

std::vector<std::string> module_attribute_names(const Object& module) {
  std::vector<std::string> names;
  for (const auto& e : as_dict(static_cast<ModuleObject*>(module.heap())->dict)->entries) {
    if (!e.key.is_unbound()) names.emplace_back(str_view(e.key));
  }
  std::sort(names.begin(), names.end());
  return names;
}

namespace {

// ---- sys ------------------------------------------------------------------------------------------

Object sys_exit(const CallArgs& args) {
  if (args.npos == 0) raise(new_exception_args(exc::SystemExit, {}));
  raise(new_exception_args(exc::SystemExit, {args.args[0]}));
}

Object sys_exception(const CallArgs&) {
  Object e = current_exception();
  return e.is_unbound() ? kNone : e;
}

Object sys_exc_info(const CallArgs&) {
  Object e = current_exception();
  if (e.is_unbound()) return tuple_of({kNone, kNone, kNone});
  return tuple_of({Object(e.type()), e, kNone});
}

// sys._getframe([depth]): the frame `depth` calls below the caller's.
Object sys_getframe(const CallArgs& args) {
  long depth = 0;
  if (args.npos == 1) {
    std::int64_t n = 0;
    const Object& a = args.args[0];
    if (!is_int(a)) type_error("'" + type_name_text(a) + "' object cannot be interpreted as an integer");
    if (!int_to_int64(a, n) || n > INT32_MAX || n < INT32_MIN) {
      raise_error(exc::OverflowError, "Python int too large to convert to C int");
    }
    depth = static_cast<long>(n);
  }
  return get_frame(depth);
}

Object sys_getrecursionlimit(const CallArgs&) {
  return Object::from_int(detail::recursion_limit);
}

Object sys_setrecursionlimit(const CallArgs& args) {
  const Object& limit = args.args[0];
  if (!is_int(limit)) type_error("'" + type_name_text(limit) + "' object cannot be interpreted as an integer");
  std::int64_t n = 0;
  if (!int_to_int64(limit, n) || n > INT32_MAX || n < INT32_MIN) {
    raise_error(exc::OverflowError, "Python int too large to convert to C int");
  }
  set_recursion_limit(n);
  return kNone;
}

// sys.audit(event, *args): no audit hook is ever added, so it only checks its arguments
// (sys_audit in Python/sysmodule.c looks at the event's type only when hooks exist).
Object sys_audit(const CallArgs& args) {
  if (args.nkw != 0) type_error("sys.audit() takes no keyword arguments");
  if (args.npos == 0) type_error("audit() missing 1 required positional argument: 'event'");
  return kNone;
}

// sys.getfilesystemencoding() and getfilesystemencodeerrors(): CPython's under a UTF-8 or C
// locale (PEP 538/540), what pyrt's paths always are.
Object sys_getfilesystemencoding(const CallArgs&) { return str_from("utf-8"); }
Object sys_getfilesystemencodeerrors(const CallArgs&) { return str_from("surrogateescape"); }

constexpr const char* kBuiltinModuleNames[] = {
    "_abc",    "_ast",      "_codecs",      "_collections", "_functools", "_imp",      "_io",    "_locale",
    "_operator", "_signal", "_sre",         "_stat",        "_string",    "_symtable", "_thread", "_tokenize",
    "_tracemalloc", "_warnings", "_weakref", "atexit",      "builtins",   "errno",     "faulthandler", "gc",
    "itertools", "marshal", "posix",        "pwd",          "sys",        "time",      "xxsubtype"};

Object make_sys() {
  Object m = new_module("sys");
  module_add(m, "argv", list_of({}));
  static const NativeFunctionDef functions[] = {
      {"exit", sys_exit, 0, 1},
      {"exception", sys_exception, 0, 0},
      {"exc_info", sys_exc_info, 0, 0},
      {"_getframe", sys_getframe, 0, 1},
      {"getrecursionlimit", sys_getrecursionlimit, 0, 0},
      {"setrecursionlimit", sys_setrecursionlimit, 1, 1},
      {"getfilesystemencoding", sys_getfilesystemencoding, 0, 0},
      {"audit", sys_audit, kOwnArgs, kAnyArgs},
      {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors, 0, 0},
  };
  module_add_functions(m, functions);
  module_add(m, "stdout", stdout_object());
  module_add(m, "stderr", stderr_object());
  static TypeObject* const version_info_type = new_struct_sequence_type(
      {"sys.version_info", {{"major"}, {"minor"}, {"micro"}, {"releaselevel"}, {"serial"}}, 5, false});
  Object version_info = struct_sequence_new(
      version_info_type,
      {Object::from_int(3), Object::from_int(11), Object::from_int(2), str_from("final"), Object::from_int(0)});
  module_add(m, "version_info", version_info);
  // 3.11.2 final as PY_VERSION_HEX.
  Object hexversion = Object::from_int(0x030b02f0);
  module_add(m, "hexversion", hexversion);
  // What programs test to tell CPython (they then rely on CPython's behaviour, which is ours).
  module_add(m, "implementation", make_simple_namespace({{"name", str_from("cpython")},
                                                         {"cache_tag", str_from("cpython-311")},
                                                         {"version", version_info},
                                                         {"hexversion", hexversion},
                                                         {"_multiarch", str_from("x86_64-linux-gnu")}}));
  module_add(m, "version", str_from("3.11.2 (py2cpp-async)"));
  module_add(m, "platform", str_from("linux"));
  module_add(m, "maxsize", Object::from_int(INT64_MAX));
  module_add(m, "byteorder", str_from("little"));
  module_add(m, "modules", sys_modules());
  // Debian's CPython 3.11 (os.py tells the platform by 'posix' among them).
  std::vector<Object> builtin_names;
  for (const char* n : kBuiltinModuleNames) builtin_names.push_back(str_from(n));
  module_add(m, "builtin_module_names", tuple_from_vector(std::move(builtin_names)));
  return m;
}

// ---- time -----------------------------------------------------------------------------------------

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(t.time_since_epoch()).count();
}

Object time_monotonic(const CallArgs&) {
  return Object::from_float(seconds_since(std::chrono::steady_clock::now()));
}

Object time_time(const CallArgs&) {
  return Object::from_float(
      std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count());
}

Object time_ns(const CallArgs&) {
  return Object::from_int(
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count());
}

Object time_monotonic_ns(const CallArgs&) {
  return Object::from_int(
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count());
}

Object time_sleep(const CallArgs& args) {
  double d;
  if (!to_double(args.args[0], d)) {
    type_error("'" + type_name_text(args.args[0]) + "' object cannot be interpreted as an integer");
  }
  if (d < 0) value_error("sleep length must be non-negative");
  flush_stdout();
  struct timespec ts;
  ts.tv_sec = static_cast<time_t>(d);
  ts.tv_nsec = static_cast<long>((d - static_cast<double>(ts.tv_sec)) * 1e9);
  nanosleep(&ts, nullptr);
  return kNone;
}

Object make_time() {
  Object m = new_module("time");
  static const NativeFunctionDef functions[] = {
      {"monotonic", time_monotonic, 0, 0},
      {"perf_counter", time_monotonic, 0, 0},
      {"time", time_time, 0, 0},
      {"time_ns", time_ns, 0, 0},
      {"monotonic_ns", time_monotonic_ns, 0, 0},
      {"perf_counter_ns", time_monotonic_ns, 0, 0},
      {"sleep", time_sleep, 1, 1},
  };
  module_add_functions(m, functions);
  return m;
}

// ---- math -----------------------------------------------------------------------------------------

double real_arg(const Object& x) {
  double d;
  if (to_double(x, d)) return d;
  Object f = x.type()->lookup(detail::names::float_);
  if (!f.is_unbound()) return detail::call_as_method(f, x, {}).as_float();
  type_error("must be real number, not " + type_name_text(x));
}

[[noreturn]] void domain_error() { value_error("math domain error"); }

// math_1: NaN from a non-NaN argument is a domain error; an infinity from a finite one is a
// range error for the functions that can overflow (`can_overflow`), a domain error (a pole,
// atanh(1)) for the others.
template <double (*F)(double), bool can_overflow = true>
Object math1(const CallArgs& args) {
  double x = real_arg(args.args[0]);
  double r = F(x);
  if (std::isnan(r) && !std::isnan(x)) domain_error();
  if (std::isinf(r) && std::isfinite(x)) {
    if (!can_overflow) domain_error();
    raise_error(exc::OverflowError, "math range error");
  }
  return Object::from_float(r);
}

double m_sqrt(double x) { return x < 0 ? NAN : std::sqrt(x); }
double m_exp(double x) { return std::exp(x); }
double m_sin(double x) { return std::sin(x); }
double m_cos(double x) { return std::cos(x); }
double m_tan(double x) { return std::tan(x); }
double m_atan(double x) { return std::atan(x); }
double m_asin(double x) { return (x < -1 || x > 1) ? NAN : std::asin(x); }
double m_acos(double x) { return (x < -1 || x > 1) ? NAN : std::acos(x); }
double m_fabs(double x) { return std::fabs(x); }
double m_log2(double x) { return x <= 0 ? NAN : std::log2(x); }
double m_log10(double x) { return x <= 0 ? NAN : std::log10(x); }
double m_sinh(double x) { return std::sinh(x); }
double m_cosh(double x) { return std::cosh(x); }
double m_tanh(double x) { return std::tanh(x); }
double m_acosh(double x) { return std::acosh(x); }
double m_asinh(double x) { return std::asinh(x); }
double m_atanh(double x) { return std::atanh(x); }
double m_cbrt(double x) { return std::cbrt(x); }
double m_exp2(double x) { return std::exp2(x); }
double m_expm1(double x) { return std::expm1(x); }
double m_erf(double x) { return std::erf(x); }
double m_erfc(double x) { return std::erfc(x); }
double m_log1p(double x) { return x <= -1 ? (x == -1 ? -HUGE_VAL : NAN) : std::log1p(x); }
double m_degrees(double x) { return x * (180.0 / M_PI); }
double m_radians(double x) { return x * (M_PI / 180.0); }

// fmod(x, y): C's fmod, with CPython's domain errors for an infinite x or a zero y.
Object math_fmod(const CallArgs& args) {
  double x = real_arg(args.args[0]), y = real_arg(args.args[1]);
  if (std::isinf(y) && std::isfinite(x)) return Object::from_float(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error();
  return Object::from_float(r);
}

// remainder(x, y): the IEEE 754 remainder.
Object math_remainder(const CallArgs& args) {
  double x = real_arg(args.args[0]), y = real_arg(args.args[1]);
  if (std::isnan(x) || std::isnan(y)) return Object::from_float(NAN);
  if (std::isinf(x) || y == 0) domain_error();
  return Object::from_float(std::remainder(x, y));
}

Object math_frexp(const CallArgs& args) {
  double x = real_arg(args.args[0]);
  int e = 0;
  // NaNs, infinities and zeros come back unchanged with exponent 0.
  double m = std::isfinite(x) && x != 0 ? std::frexp(x, &e) : x;
  return tuple_of({Object::from_float(m), Object::from_int(e)});
}

Object math_ldexp(const CallArgs& args) {
  double x = real_arg(args.args[0]);
  if (!is_int(args.args[1])) type_error("Expected an int as second argument to ldexp.");
  if (x == 0 || !std::isfinite(x)) return Object::from_float(x);
  std::int64_t e;
  // An exponent beyond any double's range overflows, or underflows to a signed zero.
  if (!int_to_int64(args.args[1], e)) e = int_sign(args.args[1]) < 0 ? INT64_MIN : INT64_MAX;
  e = std::clamp<std::int64_t>(e, -100000, 100000);
  double r = std::ldexp(x, static_cast<int>(e));
  if (std::isinf(r)) raise_error(exc::OverflowError, "math range error");
  return Object::from_float(r);
}

Object math_modf(const CallArgs& args) {
  double x = real_arg(args.args[0]);
  if (std::isinf(x)) return tuple_of({Object::from_float(std::copysign(0.0, x)), Object::from_float(x)});
  double whole;
  double frac = std::modf(x, &whole);
  return tuple_of({Object::from_float(frac), Object::from_float(whole)});
}

Object math_nextafter(const CallArgs& args) {
  return Object::from_float(std::nextafter(real_arg(args.args[0]), real_arg(args.args[1])));
}

// ulp(x): the gap from |x| to the next double away from zero (of the largest finite double,
// the gap below it).
Object math_ulp(const CallArgs& args) {
  double x = std::fabs(real_arg(args.args[0]));
  if (std::isnan(x) || std::isinf(x)) return Object::from_float(x);
  double next = std::nextafter(x, HUGE_VAL);
  if (std::isinf(next)) return Object::from_float(x - std::nextafter(x, -HUGE_VAL));
  return Object::from_float(next - x);
}

// Initializes `out` to the exact int value of an integer argument: TypeError "'float' object
// cannot be interpreted as an integer" otherwise; `what` names it in the ValueError for a
// negative value (`out` is then cleared again).
void nonnegative_mpz(const Object& x, const char* what, mpz_t out) {
  Object value = number_index(x);
  mpz_init(out);
  int_to_mpz(value, out);
  if (mpz_sgn(out) < 0) {
    mpz_clear(out);
    value_error(std::string(what) + " must be a non-negative integer");
  }
}

Object mpz_result(mpz_t r) {
  Object out = int_from_mpz(r);
  mpz_clear(r);
  return out;
}

// Initializes `n` and `k` to comb's and perm's arguments; false, with both cleared again,
// when k > n (the answer is then 0).
bool read_n_k(const CallArgs& args, mpz_t n, mpz_t k) {
  nonnegative_mpz(args.args[0], "n", n);
  try {
    nonnegative_mpz(args.args[1], "k", k);
  } catch (...) {
    mpz_clear(n);
    throw;
  }
  if (mpz_cmp(k, n) <= 0) return true;
  mpz_clears(n, k, nullptr);
  return false;
}

// comb(n, k) and perm(n, k): n!/(k!(n-k)!) and n!/(n-k)!, 0 when k > n.
Object math_comb(const CallArgs& args) {
  mpz_t n, k;
  if (!read_n_k(args, n, k)) return Object::from_int(0);
  // comb(n, k) == comb(n, n - k): the smaller k bounds the work.
  mpz_t other;
  mpz_init(other);
  mpz_sub(other, n, k);
  if (mpz_cmp(other, k) < 0) mpz_swap(other, k);
  if (!mpz_fits_ulong_p(k)) {
    mpz_clears(n, k, other, nullptr);
    raise_error(exc::OverflowError, "min(n - k, k) must not exceed " + std::to_string(LONG_MAX));
  }
  mpz_bin_ui(n, n, mpz_get_ui(k));
  mpz_clears(k, other, nullptr);
  return mpz_result(n);
}

Object math_factorial(const CallArgs& args);

Object math_perm(const CallArgs& args) {
  // perm(n) is factorial(n), with its errors.
  if (args.npos < 2 || args.args[1].is_none()) return math_factorial(CallArgs{args.args, 1, 0, nullptr});
  mpz_t n, k;
  if (!read_n_k(args, n, k)) return Object::from_int(0);
  if (!mpz_fits_ulong_p(k)) {
    mpz_clears(n, k, nullptr);
    raise_error(exc::OverflowError, "k must not exceed " + std::to_string(LONG_MAX));
  }
  mpz_t r;
  mpz_init_set_ui(r, 1);
  for (unsigned long i = 0, steps = mpz_get_ui(k); i < steps; ++i) {
    mpz_mul(r, r, n);
    mpz_sub_ui(n, n, 1);
  }
  mpz_clears(n, k, nullptr);
  return mpz_result(r);
}

Object math_lcm(const CallArgs& args) {
  mpz_t acc, x;
  mpz_init_set_ui(acc, 1);
  mpz_init(x);
  for (std::size_t i = 0; i < args.npos; ++i) {
    if (!is_int(args.args[i])) {
      mpz_clears(acc, x, nullptr);
      type_error("'" + type_name_text(args.args[i]) + "' object cannot be interpreted as an integer");
    }
    int_to_mpz(args.args[i], x);
    mpz_lcm(acc, acc, x);
  }
  mpz_clear(x);
  return mpz_result(acc);
}

// dist(p, q): the Euclidean distance of two points given as sequences of the same length.
Object math_dist(const CallArgs& args) {
  Object p = call(builtin_lookup("tuple"), {args.args[0]});
  Object q = call(builtin_lookup("tuple"), {args.args[1]});
  const auto& a = tuple_items(p);
  const auto& b = tuple_items(q);
  if (a.size() != b.size()) value_error("both points must have the same number of dimensions");
  double acc = 0;
  for (std::size_t i = 0; i < a.size(); ++i) acc = std::hypot(acc, real_arg(a[i]) - real_arg(b[i]));
  return Object::from_float(acc);
}

Object math_log(const CallArgs& args) {
  // Argument Clinic's optional group (Modules/clinic/mathmodule.c.h).
  check_no_kwargs(args, "log");
  if (args.npos < 1 || args.npos > 2) type_error("math.log requires 1 to 2 arguments");
  auto ln = [](const Object& v) {
    if (is_int(v) && int_sign(v) > 0) {
      double d = int_to_double(v);
      if (std::isfinite(d)) return std::log(d);
      // Huge ints: log via the bit length.
      std::string digits = int_to_decimal(v);
      return std::log(std::stod("0." + digits)) + static_cast<double>(digits.size()) * std::log(10.0);
    }
    double x = real_arg(v);
    if (x <= 0) domain_error();
    return std::log(x);
  };
  double r = ln(args.args[0]);
  if (args.npos == 2) {
    double b = ln(args.args[1]);
    if (b == 0) raise_error(exc::ZeroDivisionError, "float division by zero");
    r /= b;
  }
  return Object::from_float(r);
}

// An int or bool, not an int subclass's instance: math.floor, ceil and trunc give such a value
// back, and ask a subclass's instance its __floor__, __ceil__ or __trunc__ (a user's, else
// int's, which gives a plain int).
bool is_exact_int(const Object& x) { return is_int(x) && !is_scalar_subclass_instance(x); }

Object to_int_result(double r, const char* name) {
  (void)name;
  return int_from_double(r);
}

Object math_floor(const CallArgs& args) {
  if (is_exact_int(args.args[0])) return args.args[0].is_bool() ? Object::from_int(args.args[0].as_bool()) : args.args[0];
  static const Object name = intern("__floor__");
  if (!args.args[0].is_float()) {
    Object f = args.args[0].type()->lookup(name);
    if (!f.is_unbound()) return detail::call_as_method(f, args.args[0], {});
  }
  return to_int_result(std::floor(real_arg(args.args[0])), "floor");
}

Object math_ceil(const CallArgs& args) {
  if (is_exact_int(args.args[0])) return args.args[0].is_bool() ? Object::from_int(args.args[0].as_bool()) : args.args[0];
  static const Object name = intern("__ceil__");
  if (!args.args[0].is_float()) {
    Object f = args.args[0].type()->lookup(name);
    if (!f.is_unbound()) return detail::call_as_method(f, args.args[0], {});
  }
  return to_int_result(std::ceil(real_arg(args.args[0])), "ceil");
}

Object math_trunc(const CallArgs& args) {
  if (is_exact_int(args.args[0])) return args.args[0].is_bool() ? Object::from_int(args.args[0].as_bool()) : args.args[0];
  if (is_scalar_subclass_instance(args.args[0])) {
    static const Object name = intern("__trunc__");
    return detail::call_as_method(args.args[0].type()->lookup(name), args.args[0], {});
  }
  return int_from_double(std::trunc(real_arg(args.args[0])));
}

Object math_pow(const CallArgs& args) {
  double x = real_arg(args.args[0]), y = real_arg(args.args[1]);
  if (x == 0 && y < 0) domain_error();
  if (x < 0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y)) domain_error();
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) raise_error(exc::OverflowError, "math range error");
  return Object::from_float(r);
}

Object math_atan2(const CallArgs& args) {
  return Object::from_float(std::atan2(real_arg(args.args[0]), real_arg(args.args[1])));
}

Object math_hypot(const CallArgs& args) {
  double acc = 0;
  for (std::size_t i = 0; i < args.npos; ++i) acc = std::hypot(acc, real_arg(args.args[i]));
  return Object::from_float(acc);
}

Object math_gcd(const CallArgs& args) {
  Object g = Object::from_int(0);
  for (std::size_t i = 0; i < args.npos; ++i) {
    mpz_t a, b;
    mpz_inits(a, b, nullptr);
    int_to_mpz(g, a);
    if (!is_int(args.args[i])) {
      mpz_clears(a, b, nullptr);
      type_error("'" + type_name_text(args.args[i]) + "' object cannot be interpreted as an integer");
    }
    int_to_mpz(args.args[i], b);
    mpz_gcd(a, a, b);
    g = int_from_mpz(a);
    mpz_clears(a, b, nullptr);
  }
  return g;
}

Object math_factorial(const CallArgs& args) {
  if (!is_int(args.args[0])) {
    type_error("'" + type_name_text(args.args[0]) + "' object cannot be interpreted as an integer");
  }
  std::int64_t n = index_value(args.args[0]);
  if (n < 0) value_error("factorial() not defined for negative values");
  mpz_t r;
  mpz_init(r);
  mpz_fac_ui(r, static_cast<unsigned long>(n));
  Object out = int_from_mpz(r);
  mpz_clear(r);
  return out;
}

Object math_isqrt(const CallArgs& args) {
  if (int_sign(args.args[0]) < 0) value_error("isqrt() argument must be nonnegative");
  mpz_t r;
  mpz_init(r);
  int_to_mpz(args.args[0], r);
  mpz_sqrt(r, r);
  Object out = int_from_mpz(r);
  mpz_clear(r);
  return out;
}

Object math_isclose(const CallArgs& args) {
  Object a[4];
  parse_args(args, "isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, 2, a);
  double x = real_arg(a[0]), y = real_arg(a[1]);
  double rel = a[2].is_unbound() ? 1e-09 : real_arg(a[2]);
  double abs_tol = a[3].is_unbound() ? 0.0 : real_arg(a[3]);
  if (rel < 0 || abs_tol < 0) value_error("tolerances must be non-negative");
  if (x == y) return kTrue;
  if (std::isinf(x) || std::isinf(y)) return kFalse;
  double diff = std::fabs(y - x);
  return Object::from_bool(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs_tol);
}

template <bool (*P)(double)>
Object math_pred(const CallArgs& args) {
  return Object::from_bool(P(real_arg(args.args[0])));
}

bool p_isnan(double x) { return std::isnan(x); }
bool p_isinf(double x) { return std::isinf(x); }
bool p_isfinite(double x) { return std::isfinite(x); }

Object math_copysign(const CallArgs& args) {
  return Object::from_float(std::copysign(real_arg(args.args[0]), real_arg(args.args[1])));
}

Object math_fsum(const CallArgs& args) {
  // Shewchuk's exact summation, as math.fsum.
  std::vector<double> partials;
  Object it = iter(args.args[0]);
  Object v;
  while (next(it, v)) {
    double x = real_arg(v);
    std::size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    partials.push_back(x);
  }
  double sum = 0;
  for (double p : partials) sum += p;
  return Object::from_float(sum);
}

Object math_prod(const CallArgs& args) {
  Object a[2];
  parse_args(args, "prod", {"", "start"}, 1, 1, a);
  Object acc = a[1].is_unbound() ? Object::from_int(1) : a[1];
  Object it = iter(a[0]);
  Object v;
  while (next(it, v)) acc = mul(acc, v);
  return acc;
}

Object make_math() {
  Object m = new_module("math");
  module_add(m, "pi", Object::from_float(M_PI));
  module_add(m, "e", Object::from_float(M_E));
  module_add(m, "tau", Object::from_float(2 * M_PI));
  module_add(m, "inf", Object::from_float(HUGE_VAL));
  module_add(m, "nan", Object::from_float(NAN));
  static const NativeFunctionDef functions[] = {
      {"sqrt", math1<m_sqrt>, 1, 1},
      {"exp", math1<m_exp>, 1, 1},
      {"sin", math1<m_sin>, 1, 1},
      {"cos", math1<m_cos>, 1, 1},
      {"tan", math1<m_tan>, 1, 1},
      {"asin", math1<m_asin>, 1, 1},
      {"acos", math1<m_acos>, 1, 1},
      {"atan", math1<m_atan>, 1, 1},
      {"sinh", math1<m_sinh>, 1, 1},
      {"cosh", math1<m_cosh>, 1, 1},
      {"tanh", math1<m_tanh>, 1, 1},
      {"fabs", math1<m_fabs>, 1, 1},
      {"log2", math1<m_log2>, 1, 1},
      {"log10", math1<m_log10>, 1, 1},
      {"log", math_log, kOwnArgs, 0},
      {"floor", math_floor, 1, 1},
      {"ceil", math_ceil, 1, 1},
      {"trunc", math_trunc, 1, 1},
      {"pow", math_pow, 2, 2},
      {"atan2", math_atan2, 2, 2},
      {"hypot", math_hypot, 0, kAnyArgs},
      {"gcd", math_gcd, 0, kAnyArgs},
      {"factorial", math_factorial, 1, 1},
      {"isqrt", math_isqrt, 1, 1},
      {"isclose", math_isclose, kOwnArgs, 0},
      {"isnan", math_pred<p_isnan>, 1, 1},
      {"isinf", math_pred<p_isinf>, 1, 1},
      {"isfinite", math_pred<p_isfinite>, 1, 1},
      {"copysign", math_copysign, 2, 2},
      {"fsum", math_fsum, 1, 1},
      {"prod", math_prod, kOwnArgs, 0},
      {"acosh", math1<m_acosh, false>, 1, 1},
      {"asinh", math1<m_asinh, false>, 1, 1},
      {"atanh", math1<m_atanh, false>, 1, 1},
      {"cbrt", math1<m_cbrt, false>, 1, 1},
      {"exp2", math1<m_exp2>, 1, 1},
      {"expm1", math1<m_expm1>, 1, 1},
      {"erf", math1<m_erf, false>, 1, 1},
      {"erfc", math1<m_erfc, false>, 1, 1},
      {"gamma", detail::math_gamma, 1, 1},
      {"lgamma", detail::math_lgamma, 1, 1},
      {"log1p", math1<m_log1p, false>, 1, 1},
      {"degrees", math1<m_degrees>, 1, 1},
      {"radians", math1<m_radians>, 1, 1},
      {"fmod", math_fmod, 2, 2},
      {"remainder", math_remainder, 2, 2},
      {"frexp", math_frexp, 1, 1},
      {"ldexp", math_ldexp, 2, 2},
      {"modf", math_modf, 1, 1},
      {"nextafter", math_nextafter, 2, 2},
      {"ulp", math_ulp, 1, 1},
      {"comb", math_comb, 2, 2},
      {"perm", math_perm, 1, 2},
      {"lcm", math_lcm, 0, kAnyArgs},
      {"dist", math_dist, 2, 2},
  };
  module_add_functions(m, functions);
  return m;
}

// The builtins module: every builtin pyrt has, by name.
Object make_builtins() {
  Object m = new_module("builtins");
  for (std::string_view name : builtin_names()) module_add(m, name, builtin_lookup(name));
  return m;
}

}  // namespace

namespace {

// types.ModuleType(name, doc=None) (module___init__): __name__, __doc__, and None for
// __package__, __loader__ and __spec__.
Object module_new(TypeObject*, const CallArgs& args) {
  Object a[2];
  parse_args(args, "module", {"name", "doc"}, 2, 1, a);
  if (!is_str(a[0])) detail::type_error("module() argument 'name' must be str, not " + type_name_text(a[0]));
  Object m = new_module(str_view(a[0]), nullptr);
  static_cast<ModuleObject*>(m.heap())->made_by_module_type = true;
  if (!a[1].is_unbound()) module_add(m, "__doc__", a[1]);
  for (const char* name : {"__package__", "__loader__", "__spec__"}) module_add(m, name, Object::none());
  return m;
}

}  // namespace

double detail::math_real_arg(const Object& x) { return real_arg(x); }

void detail::init_modules() {
  types::module = make_builtin_type("module", nullptr, "builtins", module_new);
  // The runtime itself imports builtins and sys (frames' f_builtins, sys.argv) and warns
  // through _warnings (open()'s RuntimeWarnings; Python/_warnings.c is CPython's core too)
  // whatever the program imports; the other modules are registered by the programs that
  // import them.
  pystd_8builtins::register_module();
  pystd_3sys::register_module();
  pystd_9_warnings::register_module();
}

}  // namespace pyrt

void pystd_8builtins::register_module() { pyrt::register_module("builtins", pyrt::make_builtins); }
void pystd_3sys::register_module() { pyrt::register_module("sys", pyrt::make_sys); }
void pystd_4time::register_module() { pyrt::register_module("time", pyrt::make_time); }
void pystd_4math::register_module() { pyrt::register_module("math", pyrt::make_math); }
