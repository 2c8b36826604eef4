// Parses the runtime's names table (runtime_names.h) and holds CPython's
// builtin names, from `python3 -c 'import builtins; print(dir(builtins))'`
// under Debian's 3.11.2 and 3.11.7 (identical, 157 names).
#include "lower/runtime_names.h"

#include <sstream>

namespace py2cpp::lower {

extern const std::string_view runtime_names_text;

namespace {

RuntimeNames parse_table(std::string_view text) {
  RuntimeNames names;
  std::istringstream lines{std::string(text)};
  std::string line;
  while (std::getline(lines, line)) {
    std::istringstream words(line);
    std::string kind, word;
    words >> kind;
    if (kind == "builtins") {
      while (words >> word) names.builtins.insert(word);
    } else if (kind == "module" && words >> word) {
      auto& module = names.modules[word];
      while (words >> word) module.insert(word);
    } else if ((kind == "subclassable" || kind == "final" || kind == "subclass_not_yet") && words >> word) {
      Subclassing what = kind == "subclassable" ? Subclassing::Supported
                         : kind == "final"      ? Subclassing::Final
                                                : Subclassing::NotYet;
      auto& classes = names.classes[word];
      while (words >> word) classes[word] = what;
    }
  }
  return names;
}

}  // namespace

bool RuntimeNames::module_has(std::string_view module, std::string_view name) const {
  auto it = modules.find(module);
  return it != modules.end() && it->second.count(name) != 0;
}

bool RuntimeNames::subclassing_not_yet(std::string_view module, std::string_view name) const {
  auto it = classes.find(module);
  if (it == classes.end()) return false;
  auto found = it->second.find(name);
  return found != it->second.end() && found->second == Subclassing::NotYet;
}

const RuntimeNames& runtime_names() {
  static const RuntimeNames names = parse_table(runtime_names_text);
  return names;
}

bool is_cpython_builtin(std::string_view name) {
  static const std::set<std::string_view> names = {
      "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BaseExceptionGroup",
      "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
      "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
      "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning", "EnvironmentError", "Exception",
      "ExceptionGroup", "False", "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning",
      "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError",
      "InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError",
      "ModuleNotFoundError", "NameError", "None", "NotADirectoryError", "NotImplemented", "NotImplementedError",
      "OSError", "OverflowError", "PendingDeprecationWarning", "PermissionError", "ProcessLookupError",
      "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning",
      "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit",
      "TabError", "TimeoutError", "True", "TypeError", "UnboundLocalError", "UnicodeDecodeError",
      "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError", "UnicodeWarning", "UserWarning",
      "ValueError", "Warning", "ZeroDivisionError", "__build_class__", "__debug__", "__doc__", "__import__",
      "__loader__", "__name__", "__package__", "__spec__", "abs", "aiter", "all", "anext", "any", "ascii", "bin",
      "bool", "breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod", "compile", "complex",
      "copyright", "credits", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "exit", "filter",
      "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input",
      "int", "isinstance", "issubclass", "iter", "len", "license", "list", "locals", "map", "max", "memoryview",
      "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "quit", "range", "repr",
      "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple",
      "type", "vars", "zip",
  };
  return names.count(name) != 0;
}

}  // namespace py2cpp::lower
