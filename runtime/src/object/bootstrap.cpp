// runtime_init(): creates the builtin types, interned names, builtins and
// modules once, in dependency order, before any static initializer of a
// translation unit that includes object.h runs.
#include "internal.h"
#include "pyrt/object/str.h"

namespace pyrt {

namespace detail::names {
Object init, new_, repr, str, hash, eq, ne, lt, le, gt, ge, len, bool_, iter, next, getitem, setitem, delitem,
    contains, call, getattr, setattr, delattr, format, class_, dict, name, qualname, module, doc, annotations, index,
    init_subclass, class_getitem, post_init, enter, exit, neg, pos, invert, abs, float_, int_, round, get, set,
    delete_, getattribute_, set_name, mro, bases, match_args, dataclass_fields, dataclass_params, args, value, code, cause, context,
    suppress_context, traceback, notes, keys, abstractmethods, isabstractmethod;
}  // namespace detail::names

namespace {

void init_names() {
  namespace n = detail::names;
  struct Name {
    Object* slot;
    const char* text;
  };
  const Name all[] = {
      {&n::init, "__init__"}, {&n::new_, "__new__"}, {&n::repr, "__repr__"}, {&n::str, "__str__"},
      {&n::hash, "__hash__"}, {&n::eq, "__eq__"}, {&n::ne, "__ne__"}, {&n::lt, "__lt__"}, {&n::le, "__le__"},
      {&n::gt, "__gt__"}, {&n::ge, "__ge__"}, {&n::len, "__len__"}, {&n::bool_, "__bool__"},
      {&n::iter, "__iter__"}, {&n::next, "__next__"}, {&n::getitem, "__getitem__"},
      {&n::setitem, "__setitem__"}, {&n::delitem, "__delitem__"}, {&n::contains, "__contains__"},
      {&n::call, "__call__"}, {&n::getattr, "__getattr__"}, {&n::setattr, "__setattr__"},
      {&n::delattr, "__delattr__"}, {&n::format, "__format__"}, {&n::class_, "__class__"},
      {&n::dict, "__dict__"}, {&n::name, "__name__"}, {&n::qualname, "__qualname__"},
      {&n::module, "__module__"}, {&n::doc, "__doc__"}, {&n::annotations, "__annotations__"},
      {&n::index, "__index__"}, {&n::init_subclass, "__init_subclass__"},
      {&n::class_getitem, "__class_getitem__"}, {&n::post_init, "__post_init__"}, {&n::enter, "__enter__"},
      {&n::exit, "__exit__"}, {&n::neg, "__neg__"}, {&n::pos, "__pos__"}, {&n::invert, "__invert__"},
      {&n::abs, "__abs__"}, {&n::float_, "__float__"}, {&n::int_, "__int__"}, {&n::round, "__round__"},
      {&n::get, "__get__"}, {&n::set, "__set__"}, {&n::delete_, "__delete__"}, {&n::getattribute_, "__getattribute__"}, {&n::set_name, "__set_name__"},
      {&n::mro, "__mro__"}, {&n::bases, "__bases__"}, {&n::match_args, "__match_args__"},
      {&n::dataclass_fields, "__dataclass_fields__"}, {&n::dataclass_params, "__dataclass_params__"},
      {&n::args, "args"}, {&n::value, "value"}, {&n::code, "code"}, {&n::cause, "__cause__"},
      {&n::context, "__context__"}, {&n::suppress_context, "__suppress_context__"},
      {&n::traceback, "__traceback__"}, {&n::notes, "__notes__"}, {&n::keys, "keys"},
      {&n::abstractmethods, "__abstractmethods__"}, {&n::isabstractmethod, "__isabstractmethod__"},
  };
  for (const Name& x : all) *x.slot = intern(x.text);
}

bool g_initialized = false;

}  // namespace

void runtime_init() {
  if (g_initialized) return;
  g_initialized = true;
  detail::init_core_types();
  detail::init_str_type();
  init_names();
  detail::init_object_methods();
  detail::init_int_types();
  detail::init_float_type();
  detail::init_complex_type();
  detail::init_bytearray_type();
  detail::init_memoryview_type();
  detail::add_scalar_new_methods();
  detail::init_descriptor_types();
  detail::init_tuple_type();
  detail::init_list_type();
  detail::init_dict_type();
  detail::init_set_types();
  detail::init_range_slice_types();
  detail::init_function_types();
  detail::init_exception_types();
  detail::init_slot_wrappers();
  detail::init_number_methods();
  detail::init_container_methods();
  detail::init_builtins();
  detail::init_typing_types();
  detail::init_modules();
  detail::add_dir_methods();
  detail::add_object_reduce_methods();
}

}  // namespace pyrt
