// Code objects, as far as a translated function has one: its names, file, first line and
// argument counts. Mirrors the attributes of CPython's Objects/codeobject.c that do not
// describe bytecode.
#include <cstdio>
#include <string>
#include <unordered_map>

#include "internal.h"
#include "pyrt/object/function.h"
#include "pyrt/object/import.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

TypeObject* code_type() {
  static TypeObject* t = make_builtin_type("code");
  return t;
}

// A code object describes either a function (its spec: names and argument counts) or code
// that is no function's, a module body or one of pyrt's own coroutines (its CodeInfo).
struct CodeObject final : HeapObject {
  CodeObject(const FunctionSpec* spec, const CodeInfo* info) : HeapObject(code_type()), spec(spec), info(info) {}
  const FunctionSpec* spec;
  const CodeInfo* info;

  const char* name() const { return spec != nullptr ? spec->name : info->name; }
  const char* qualname() const { return spec != nullptr ? spec->qualname : info->qualname; }
  int firstlineno() const { return spec != nullptr ? spec->firstlineno : info->firstlineno; }

  // The defining module's __file__, as the code's co_filename; pyrt's own coroutines name
  // the file of asyncio that defines them in CPython.
  Object filename() {
    static const Object file_name = intern("__file__");
    const char* module = spec != nullptr ? spec->module : info->module;
    if (module == nullptr) return str_from(info->filename);
    Object file = getattr_or_unbound(import_module(module), file_name);
    return file.is_unbound() ? str_from("<unknown>") : file;
  }

  Object repr() override {
    char at[32];
    std::snprintf(at, sizeof at, " at %p", static_cast<void*>(this));
    return str_from(std::string("<code object ") + name() + at + ", file " + repr_text(filename()) + ", line " +
                    std::to_string(firstlineno()) + ">");
  }

  Object getattr(const Object& n) override {
    std::string_view a = str_view(n);
    if (a == "co_name") return str_from(name());
    if (a == "co_qualname") return str_from(qualname());
    if (a == "co_filename") return filename();
    if (a == "co_firstlineno") return Object::from_int(firstlineno());
    if (a == "co_argcount") return Object::from_int(spec != nullptr ? spec->npositional : 0);
    if (a == "co_posonlyargcount") return Object::from_int(spec != nullptr ? spec->nposonly : 0);
    if (a == "co_kwonlyargcount") return Object::from_int(spec != nullptr ? spec->nkwonly : 0);
    return HeapObject::getattr(n);
  }
};

}  // namespace

Object code_object(const FunctionSpec* spec) {
  static auto* codes = new std::unordered_map<const FunctionSpec*, Object>();
  Object& code = (*codes)[spec];
  if (code.is_unbound()) code = make<CodeObject>(spec, nullptr);
  return code;
}

Object code_object(const CodeInfo* info) {
  if (info->spec != nullptr) return code_object(info->spec);
  static auto* codes = new std::unordered_map<const CodeInfo*, Object>();
  Object& code = (*codes)[info];
  if (code.is_unbound()) code = make<CodeObject>(nullptr, info);
  return code;
}

}  // namespace pyrt
