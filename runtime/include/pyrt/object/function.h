// Functions: translated `def`s (FunctionObject, whose arguments are bound
// with CPython's rules and messages from Python/ceval.c), bound methods, and
// the runtime's native callables (BuiltinFunction, MethodDescriptor).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "pyrt/object/frame_record.h"
#include "pyrt/object/object.h"

namespace pyrt {

struct FunctionObject;

/// What calling a function's code makes (CPython's CO_GENERATOR, CO_COROUTINE and
/// CO_ASYNC_GENERATOR flags): the result of its body, or a generator, coroutine or async
/// generator object.
enum class CodeKind : std::uint8_t { Function, Generator, Coroutine, AsyncGenerator };

/// The static shape of a translated function, emitted once per `def`.
/// `params` names every slot in slot order: positional parameters (posonly
/// first), the *args name if any, the keyword-only names, the **kwargs name
/// if any (CPython's binding order, as the translator emits it).
struct FunctionSpec {
  const char* name;
  const char* qualname;
  std::vector<std::string> params;
  int nposonly;
  int npositional;  ///< posonly + regular
  bool has_varargs;
  int nkwonly;
  bool has_varkw;
  /// The translated body. `slots` has npositional + has_varargs + nkwonly +
  /// has_varkw bound values in that order (varargs a tuple, varkw a dict);
  /// the entry may move from them.
  Object (*entry)(FunctionObject* self, Object* slots);
  /// True for a plain `def`, lambda or comprehension: a call runs the body
  /// as one frame, counted against the recursion limit (RecursionGuard).
  /// False for generator, coroutine and async generator functions, whose
  /// call only creates the object; its frame counts when it runs.
  bool call_runs_body = false;
  /// __module__: the defining module's __name__.
  const char* module = "__main__";
  /// __doc__: the body's docstring (UTF-8, `doc_size` bytes), or null for None.
  const char* doc = nullptr;
  std::size_t doc_size = 0;
  /// co_firstlineno: the line of the `def` (of its first decorator), lambda or comprehension.
  int firstlineno = 0;
  CodeKind kind = CodeKind::Function;
};

/// A function object (`def` or `lambda` evaluated). Owns its defaults and
/// closure cells; `spec` is static.
struct FunctionObject final : HeapObject {
  FunctionObject(const FunctionSpec* spec, std::vector<Object> defaults, std::vector<Object> kwdefaults,
                 std::vector<Object> cells);
  const FunctionSpec* spec;
  std::vector<Object> defaults;    ///< for the last len(defaults) positional params
  std::vector<Object> kwdefaults;  ///< aligned with the kwonly params; unbound = required
  std::vector<Object> cells;       ///< closure Cell objects, in freevars order
  Object dict;                     ///< __dict__ (function attributes), created lazily
  Object name;                     ///< __name__ override (functools.wraps), unbound = spec's
  Object qualname;                 ///< __qualname__ override, unbound = spec's
  Object annotations;              ///< __annotations__, a dict made on first read when unset

  Object repr() override;
  Object getattr(const Object& name) override;
  void setattr(const Object& name, const Object& value) override;
  Object call(const CallArgs& args) override;
  /// The function's own attributes (__defaults__, __kwdefaults__, __annotations__,
  /// __closure__, __globals__, __builtins__, __code__); unbound for any other name.
  Object special_attribute(std::string_view name);

  /// Binds `args` into `slots` (size slot_count()) with CPython's rules;
  /// raises TypeError "f() missing 1 required positional argument: 'x'",
  /// "f() takes 2 positional arguments but 3 were given", "f() got an
  /// unexpected keyword argument 'z'", "f() got multiple values for argument
  /// 'x'", "f() got some positional-only arguments passed as keyword
  /// arguments: 'x'". `self_arg`, when bound, is prepended (method calls).
  void bind(const Object& self_arg, const CallArgs& args, Object* slots);
  std::size_t slot_count() const noexcept;
  /// Calls with an optional prepended `self_arg` (unbound for none), the
  /// path bound methods and call_method use to avoid building a new array.
  Object call_with_self(const Object& self_arg, const CallArgs& args);
};

/// The code object of the functions made from `spec` (one per spec, so `f.__code__ is
/// g.__code__` for two closures of one def, as in CPython): co_name, co_qualname,
/// co_filename, co_firstlineno, co_argcount, co_posonlyargcount, co_kwonlyargcount and its
/// repr `<code object f at 0x..., file "x.py", line 3>`. pyrt keeps no bytecode, so the other
/// co_* attributes are missing (AttributeError).
Object code_object(const FunctionSpec* spec);
/// The code object of `info`: its function's when it names one (the same object as
/// `f.__code__`), else one per CodeInfo (a module body's `<module>`, pyrt's own coroutines).
Object code_object(const CodeInfo* info);

/// `function` with its __annotations__ set to `annotations` (a dict), as MAKE_FUNCTION with
/// the annotations flag does; returns `function`.
Object function_with_annotations(Object function, const Object& annotations);

/// Creates a function object; translated `def` statements call this.
Object make_function(const FunctionSpec* spec, std::vector<Object> defaults, std::vector<Object> kwdefaults,
                     std::vector<Object> cells);

/// A function bound to an instance (`obj.method`), mirroring CPython's
/// method object: calling it prepends `self`.
struct BoundMethod final : HeapObject {
  BoundMethod(Object func, Object self);
  Object func;
  Object self;

  Object repr() override;
  std::int64_t hash() override;
  Object richcompare(const Object& other, CmpOp op) override;
  Object getattr(const Object& name) override;
  Object call(const CallArgs& args) override;
};
Object make_bound_method(Object func, Object self);

/// A native function (builtin_function_or_method), e.g. `len`. `fn`
/// receives the call's arguments; `self_` is the receiver when the
/// function is a bound native method (`[].append`), unbound otherwise.
using NativeFn = Object (*)(const CallArgs& args);
using NativeMethod = Object (*)(const Object& self, const CallArgs& args);

/// `min_args` of a function that checks its own arguments (keywords, or
/// CPython wording of its own such as "math.log requires 1 to 2 arguments").
inline constexpr std::int16_t kOwnArgs = -1;
/// `max_args` of a function without an upper bound (math.hypot, math.gcd).
inline constexpr std::int16_t kAnyArgs = INT16_MAX;

/// One row of a builtin or native module function table, as CPython's
/// PyMethodDef: the Python name, the implementation and its positional
/// arity. Calls check the arity (and the absence of keywords) before `fn`
/// runs, so `fn` never repeats it; `min_args == kOwnArgs` leaves every check
/// to `fn`.
struct NativeFunctionDef {
  const char* name;
  NativeFn fn;
  std::int16_t min_args;
  std::int16_t max_args;
};

struct BuiltinFunction final : HeapObject {
  BuiltinFunction(const char* name, NativeFn fn);
  BuiltinFunction(const char* name, NativeMethod method, Object self);
  const char* name;
  NativeFn fn = nullptr;
  NativeMethod method = nullptr;
  Object self_;
  /// __module__: the defining module's name (a str, "builtins" for the
  /// builtins), unbound for functions made without a table row.
  Object module;
  /// The row's arity (see NativeFunctionDef); kOwnArgs when `fn` checks.
  std::int16_t min_args = kOwnArgs;
  std::int16_t max_args = kAnyArgs;
  /// When set, the function binds like a plain function when found on a
  /// class (used for the methods dataclasses and object generate).
  bool binds_as_method = false;
  /// Marks object's and BaseException's own dunders (object.__repr__, ...):
  /// an Instance whose class only inherits one of these uses the C++
  /// behaviour directly instead of calling through Python.
  bool slot_default = false;
  /// Extra state for native closures (functools.partial, dataclass
  /// decorators with arguments); read by `fn`/`method` through the receiver.
  Object data;
  /// The MethodDescriptor this is bound from when its table row has an
  /// arity, which calls then check (MethodDescriptor::call_bound).
  Object descriptor;

  Object repr() override;
  Object getattr(const Object& name) override;
  Object call(const CallArgs& args) override;
};
/// A builtin function object named `name` that checks its own arguments.
Object make_builtin(const char* name, NativeFn fn);
/// A builtin function named `name` that binds like a plain function when found on a class, its
/// instance passed first: the methods of classes CPython writes in Python and pyrt natively
/// (types.SimpleNamespace, ABCMeta.register).
Object make_builtin_method(const char* name, NativeFn fn);
/// The function of table row `def` in module `module_name` (a str). Calls
/// with the wrong arguments raise TypeError named as CPython names them:
/// module-qualified by _PyObject_FunctionStr for METH_NOARGS and METH_O
/// functions and for keyword errors ("math.sqrt() takes exactly one argument
/// (0 given)", "math.pow() takes no keyword arguments"; the module omitted for
/// builtins), bare as Argument Clinic's positional checks ("pow expected 2
/// arguments, got 1").
Object make_builtin(const NativeFunctionDef& def, const Object& module_name);
/// A native method bound to `self` (`[].append`).
Object make_native_method(const Object& self, const char* name, NativeMethod method);

/// How a row of a builtin type's method table binds, as CPython's METH_CLASS.
enum class MethodKind : std::uint8_t {
  Instance,  ///< method_descriptor: binds the instance (`[].append`)
  Class,     ///< classmethod_descriptor: binds the class (`int.from_bytes`, also through an instance)
};

/// One row of a builtin type's method table, as CPython's PyMethodDef: the
/// Python name, the implementation (receiving the instance, or the class for
/// MethodKind::Class) and the positional arity without the receiver. Calls
/// check the arity (and the absence of keywords) before `method` runs, with
/// CPython's messages ("list.append() takes exactly one argument (0 given)",
/// "insert expected 2 arguments, got 1"); `min_args == kOwnArgs` leaves the
/// checks to `method`.
struct NativeMethodDef {
  const char* name;
  NativeMethod method;
  std::int16_t min_args;
  std::int16_t max_args;
  MethodKind kind = MethodKind::Instance;
};

/// An unbound method of a builtin type as stored in the type's dict
/// (`list.append`): getattr on an instance binds it; call_method calls it
/// directly with the receiver, allocating nothing. Class methods
/// (MethodKind::Class) have the type `classmethod_descriptor` and bind the
/// class wherever they are found.
struct MethodDescriptor final : HeapObject {
  MethodDescriptor(TypeObject* owner, const char* name, NativeMethod method);
  MethodDescriptor(TypeObject* owner, const NativeMethodDef& def);
  TypeObject* owner;
  const char* name;
  NativeMethod method;
  std::int16_t min_args = kOwnArgs;  ///< the row's arity (see NativeMethodDef)
  std::int16_t max_args = kAnyArgs;
  MethodKind kind = MethodKind::Instance;

  /// Calls the method with receiver `self` after the row's arity check;
  /// throws what the method throws.
  Object call_bound(const Object& self, const CallArgs& args) const;
  Object repr() override;
  Object call(const CallArgs& args) override;
  /// The builtin method bound to `obj` (to `type` for class methods); the
  /// descriptor itself when found through the class.
  Object descr_get(const Object& obj, TypeObject* type) override;
};
/// Adds method `name` to builtin type `type`'s dict.
void add_method(TypeObject* type, const char* name, NativeMethod method);
/// Adds every row of `methods` to builtin type `type`'s dict.
void add_methods(TypeObject* type, std::span<const NativeMethodDef> methods);

// ---- argument parsing for native functions ----------------------------------

/// Checks a native function's arity: TypeError "len() takes exactly one
/// argument (2 given)" / "NAME expected at most N arguments, got M" (the
/// wording depends on `style`, see format_arity_error), and "NAME() takes no
/// keyword arguments" when keywords are passed to a function without any.
void check_no_kwargs(const CallArgs& args, const char* name);
void check_nargs(const CallArgs& args, const char* name, std::size_t min, std::size_t max);
/// _PyArg_CheckPositional, Argument Clinic's check of positional-only parameters: no keywords
/// ("cycle() takes no keyword arguments"), then "cycle expected 1 argument, got 0", "tee
/// expected at least 1 argument, got 0", "islice expected at most 4 arguments, got 5", worded
/// so even for one parameter (check_nargs words that case as METH_O does).
void check_positional(const CallArgs& args, const char* name, std::size_t min, std::size_t max);
/// Binds a native function's arguments by name, CPython-style (Argument
/// Clinic): `names` lists the parameters; the first `npositional` may be
/// passed positionally; parameters after `nrequired` are optional (their
/// `out` entry stays unbound when absent). Raises TypeError with CPython's
/// texts ("sorted expected 1 argument, got 0", "'x' is an invalid keyword
/// argument for sort()").
void parse_args(const CallArgs& args, const char* fname, std::initializer_list<const char*> names,
                std::size_t npositional, std::size_t nrequired, Object* out);
/// Argument Clinic's TypeError for an argument of the wrong type, as _PyArg_BadArgument words
/// it: "replace() argument 1 must be str, not None" (`position` 0: "argument must be"); None
/// is named None, anything else by its type's name.
[[noreturn]] void bad_argument(std::string_view fname, int position, std::string_view expected, const Object& arg);
/// The keyword argument `name` if present, else unbound.
Object kwarg(const CallArgs& args, std::string_view name);

}  // namespace pyrt
