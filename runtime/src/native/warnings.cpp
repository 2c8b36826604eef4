// _warnings: the C half of the warnings machinery. Mirrors CPython 3.11's Python/_warnings.c:
// warn() finds the caller `stacklevel` frames up (its file, line, module and
// __warningregistry__), warn_explicit() consults the filters (warnings.filters once the
// warnings module is imported, this module's list before), records what was shown in the
// registries ("once" and "module" key on the module's registry, as _warnings.c does), raises
// for "error", and shows the rest through warnings._showwarnmsg, or writes
// "file:line: Category: text" and the source line itself while warnings is not imported.
#include <fstream>
#include <string>

#include "../object/internal.h"
#include "native.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/frame_record.h"
#include "pyrt/object/function.h"
#include "pyrt/object/import.h"
#include "pyrt/object/list.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/print.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

/// The module's state (WarningsState): its own filters, default action and once-registry,
/// and the version that registries compare with to forget what they saw under older filters.
struct WarningsState {
  Object filters;
  Object default_action;
  Object once_registry;
  std::int64_t filters_version = 0;
};

WarningsState& state() {
  static auto* s = [] {
    auto* w = new WarningsState();
    // init_filters: what a release build ignores by default; "__main__" is a plain string,
    // which check_matched compares exactly.
    Object none = Object::none();
    Object zero = Object::from_int(0);
    w->filters = list_of({
        tuple_of({str_from("default"), none, Object(exc::DeprecationWarning), str_from("__main__"), zero}),
        tuple_of({str_from("ignore"), none, Object(exc::DeprecationWarning), none, zero}),
        tuple_of({str_from("ignore"), none, Object(exc::PendingDeprecationWarning), none, zero}),
        tuple_of({str_from("ignore"), none, Object(exc::ImportWarning), none, zero}),
        tuple_of({str_from("ignore"), none, Object(exc::ResourceWarning), none, zero}),
    });
    w->default_action = str_from("default");
    w->once_registry = new_dict();
    return w;
  }();
  return *s;
}

// get_warnings_attr: an attribute of the warnings module once it is imported (unbound before).
Object warnings_attr(const char* name) {
  Object module = dict_get(sys_modules(), str_from("warnings"));
  if (module.is_unbound() || module.is_none()) return Object();
  return getattr_or_unbound(module, intern(name));
}

// check_matched: None matches anything, a plain str only itself, else a regex's match().
bool matched(const Object& filter, const Object& arg) {
  if (filter.is_none()) return true;
  if (filter.type() == types::str) return equal(filter, arg);
  static const Object match = intern("match");
  return truthy(call_method(filter, match, {arg}));
}

// get_filter: the action of the first filter matching, else the default action; `item` is the
// filter that matched (None for the default).
Object get_filter(const Object& category, const Object& text, std::int64_t lineno, const Object& module, Object& item) {
  Object filters = warnings_attr("filters");
  if (filters.is_unbound()) filters = state().filters;
  if (!is_list(filters)) raise_error(exc::ValueError, "_warnings.filters must be a list");
  std::vector<Object> snapshot = list_items(filters);
  for (std::size_t i = 0; i < snapshot.size(); ++i) {
    const Object& f = snapshot[i];
    if (!is_tuple(f) || tuple_items(f).size() != 5) {
      raise_error(exc::ValueError, "_warnings.filters item " + std::to_string(i) + " isn't a 5-tuple");
    }
    const std::vector<Object>& parts = tuple_items(f);
    if (!is_str(parts[0])) detail::type_error("action must be a string, not '" + type_name_text(parts[0]) + "'");
    bool good_msg = matched(parts[1], text);
    bool good_category = issubclass(category, parts[2]);
    bool good_module = matched(parts[3], module);
    std::int64_t ln = ssize_value(parts[4]);
    if (good_msg && good_category && good_module && (ln == 0 || lineno == ln)) {
      item = f;
      return parts[0];
    }
  }
  item = Object::none();
  Object action = warnings_attr("defaultaction");
  if (action.is_unbound()) action = state().default_action;
  if (!is_str(action)) detail::type_error("_warnings.defaultaction must be a string, not '" + type_name_text(action) + "'");
  return action;
}

// already_warned: a registry from older filters is cleared first; with `should_set` the key is
// recorded as warned.
bool already_warned(const Object& registry, const Object& key, bool should_set) {
  static const Object version = intern("version");
  Object seen_version = dict_get(registry, version);
  Object current = Object::from_int(state().filters_version);
  if (seen_version.is_unbound() || !equal(seen_version, current)) {
    call_method(registry, intern("clear"), {});
    dict_set(registry, version, current);
  } else {
    Object seen = dict_get(registry, key);
    if (!seen.is_unbound()) return truthy(seen);
  }
  if (should_set) dict_set(registry, key, Object::from_bool(true));
  return false;
}

// _Py_DisplaySourceLine: line `lineno` of `filename`, leading whitespace dropped, indented by
// two; nothing when the file cannot be read.
void display_source_line(const std::string& filename, std::int64_t lineno) {
  std::ifstream in(filename);
  std::string line;
  for (std::int64_t i = 0; i < lineno; ++i) {
    if (!std::getline(in, line)) return;
  }
  std::size_t start = line.find_first_not_of(" \t\f");
  if (start == std::string::npos) start = line.size();
  write_stderr("  " + line.substr(start) + "\n");
}

// show_warning: what CPython prints while the warnings module is not imported.
void show_warning(const Object& filename, std::int64_t lineno, const Object& text, const Object& category,
                  const Object& sourceline) {
  flush_stdout();
  std::string name = str_text(getattr(category, detail::names::name));
  write_stderr(str_text(filename) + ":" + std::to_string(lineno) + ": " + name + ": " + str_text(text) + "\n");
  if (!sourceline.is_unbound() && !sourceline.is_none()) {
    std::string line = str_text(sourceline);
    std::size_t start = line.find_first_not_of(" \t\f");
    write_stderr("  " + line.substr(start == std::string::npos ? line.size() : start) + "\n");
    return;
  }
  display_source_line(str_text(filename), lineno);
}

// call_show_warning: warnings._showwarnmsg(WarningMessage(...)) once warnings is imported.
void call_show_warning(const Object& category, const Object& text, const Object& message, const Object& filename,
                       std::int64_t lineno, const Object& sourceline, const Object& source) {
  if (!source.is_unbound() && !source.is_none()) import_module("warnings");
  Object show = warnings_attr("_showwarnmsg");
  if (show.is_unbound()) {
    show_warning(filename, lineno, text, category, sourceline);
    return;
  }
  if (!is_callable(show)) detail::type_error("warnings._showwarnmsg() must be set to a callable");
  Object message_class = warnings_attr("WarningMessage");
  if (message_class.is_unbound()) raise_error(exc::RuntimeError, "unable to get warnings.WarningMessage");
  Object none = Object::none();
  Object msg = call(message_class, {message, category, filename, Object::from_int(lineno), none, none,
                                    source.is_unbound() ? none : source});
  call(show, {msg});
}

// normalize_module: the file name without its ".py", "<unknown>" for an empty one.
Object normalize_module(const Object& filename) {
  std::string name = str_text(filename);
  if (name.empty()) return str_from("<unknown>");
  if (name.size() >= 3 && name.compare(name.size() - 3, 3, ".py") == 0) name.resize(name.size() - 3);
  return str_from(name);
}

// warn_explicit (the C function under both warn and warn_explicit).
void warn_explicit_impl(Object category, Object message, const Object& filename, std::int64_t lineno, Object module,
                        Object registry, const Object& sourceline, const Object& source) {
  if (!registry.is_none() && !is_dict_or_subclass(registry)) detail::type_error("'registry' must be a dict or None");
  if (module.is_none()) module = normalize_module(filename);
  Object text = message;
  if (isinstance(message, Object(exc::Warning))) {
    text = str(message);
    category = Object(message.type());
  } else {
    message = call(category, {message});
  }
  Object key = tuple_of({text, category, Object::from_int(lineno)});
  if (!registry.is_none() && already_warned(registry, key, false)) return;
  Object item;
  Object action = get_filter(category, text, lineno, module, item);
  std::string_view a = str_view(action);
  if (a == "error") raise(message);
  if (a == "ignore") return;
  bool warned = false;
  if (a != "always") {
    if (!registry.is_none()) dict_set(registry, key, Object::from_bool(true));
    if (a == "once") {
      Object once = registry.is_none() ? state().once_registry : registry;
      warned = already_warned(once, tuple_of({text, category}), true);
    } else if (a == "module") {
      if (!registry.is_none()) warned = already_warned(registry, tuple_of({text, category, Object::from_int(0)}), true);
    } else if (a != "default") {
      raise_error(exc::RuntimeError,
                  "Unrecognized action (" + repr_text(action) + ") in warnings.filters:\n " + repr_text(item));
    }
  }
  if (warned) return;
  call_show_warning(category, text, message, filename, lineno, sourceline, source);
}

// get_category: a Warning instance names its class; else `category`, UserWarning for None.
Object get_category(const Object& message, const Object& category) {
  if (isinstance(message, Object(exc::Warning))) return Object(message.type());
  Object c = category.is_unbound() || category.is_none() ? Object(exc::UserWarning) : category;
  if (!is_type(c) || !issubclass(c, Object(exc::Warning))) {
    detail::type_error("category must be a Warning subclass, not '" + type_name_text(c) + "'");
  }
  return c;
}

// is_internal_frame: importlib's bootstrap frames, which CPython's import runs in; pyrt's
// import runs none, but a translated importlib._bootstrap would count.
bool is_internal(const FrameRecord* f) {
  std::string_view file = f->code->filename;
  return file.find("importlib") != std::string_view::npos && file.find("_bootstrap") != std::string_view::npos;
}

const FrameRecord* next_external(const FrameRecord* f) {
  do {
    f = f->previous;
  } while (f != nullptr && f->code != nullptr && is_internal(f));
  return f;
}

// setup_context: the file, line, module and registry of the frame `stacklevel` up.
void setup_context(std::int64_t stacklevel, Object& filename, std::int64_t& lineno, Object& module, Object& registry) {
  const FrameRecord* f = detail::frame;
  if (f->code == nullptr) f = nullptr;
  if (stacklevel <= 0 || (f != nullptr && is_internal(f))) {
    while (--stacklevel > 0 && f != nullptr && f->code != nullptr) f = f->previous;
  } else {
    while (--stacklevel > 0 && f != nullptr && f->code != nullptr) f = next_external(f);
  }
  if (f != nullptr && f->code == nullptr) f = nullptr;
  Object globals;
  if (f == nullptr) {
    globals = getattr(import_module("sys"), detail::names::dict);
    filename = str_from("sys");
    lineno = 1;
  } else {
    globals = frame_globals(*f);
    filename = frame_filename(*f);
    lineno = f->line;
  }
  static const Object registry_name = intern("__warningregistry__");
  registry = dict_get(globals, registry_name);
  if (registry.is_unbound() || registry.is_none()) {
    registry = new_dict();
    dict_set(globals, registry_name, registry);
  }
  module = dict_get(globals, detail::names::name);
  if (module.is_unbound() || !is_str(module)) module = str_from("<string>");
}

// warn(message, category=None, stacklevel=1, source=None).
Object warn(const CallArgs& args) {
  Object a[4];
  parse_args(args, "warn", {"message", "category", "stacklevel", "source"}, 4, 1, a);
  Object category = get_category(a[0], a[1]);
  std::int64_t stacklevel = a[2].is_unbound() ? 1 : ssize_value(a[2]);
  Object filename, module, registry;
  std::int64_t lineno = 0;
  setup_context(stacklevel, filename, lineno, module, registry);
  warn_explicit_impl(category, a[0], filename, lineno, module, registry, Object(), a[3]);
  return Object::none();
}

// warn_explicit(message, category, filename, lineno, module=None, registry=None,
// module_globals=None, source=None). A module_globals' loader would supply the source line;
// pyrt's modules have no source loader, so the line comes from the file, as without one.
Object warn_explicit(const CallArgs& args) {
  Object a[8];
  parse_args(args, "warn_explicit",
             {"message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"}, 8, 4, a);
  if (!is_str(a[2])) {
    detail::type_error("warn_explicit() argument 'filename' must be str, not " + type_name_text(a[2]));
  }
  std::int64_t lineno = ssize_value(a[3]);
  Object module = a[4].is_unbound() ? Object::none() : a[4];
  Object registry = a[5].is_unbound() ? Object::none() : a[5];
  warn_explicit_impl(a[1], a[0], a[2], lineno, module, registry, Object(), a[7]);
  return Object::none();
}

Object filters_mutated(const CallArgs&) {
  ++state().filters_version;
  return Object::none();
}

}  // namespace

Object native::make_warnings_module() {
  Object m = new_module("_warnings");
  WarningsState& s = state();
  module_add(m, "filters", s.filters);
  module_add(m, "_defaultaction", s.default_action);
  module_add(m, "_onceregistry", s.once_registry);
  static const NativeFunctionDef functions[] = {
      {"warn", warn, kOwnArgs, 0},
      {"warn_explicit", warn_explicit, kOwnArgs, 0},
      {"_filters_mutated", filters_mutated, 0, 0},
  };
  module_add_functions(m, functions);
  return m;
}

}  // namespace pyrt

void pystd_9_warnings::register_module() { pyrt::register_module("_warnings", pyrt::native::make_warnings_module); }
