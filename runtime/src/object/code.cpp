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

struct CodeObject final : HeapObject {
  explicit CodeObject(const FunctionSpec* spec) : HeapObject(code_type()), spec(spec) {}
  const FunctionSpec* spec;

  // The defining module's __file__, as the code's co_filename.
  Object filename() {
    static const Object file_name = intern("__file__");
    Object file = getattr_or_unbound(import_module(spec->module), file_name);
    return file.is_unbound() ? str_from("<unknown>") : file;
  }

  Object repr() override {
    char at[32];
    std::snprintf(at, sizeof at, " at %p", static_cast<void*>(this));
    return str_from(std::string("<code object ") + spec->name + at + ", file " + repr_text(filename()) + ", line " +
                    std::to_string(spec->firstlineno) + ">");
  }

  Object getattr(const Object& name) override {
    std::string_view n = str_view(name);
    if (n == "co_name") return str_from(spec->name);
    if (n == "co_qualname") return str_from(spec->qualname);
    if (n == "co_filename") return filename();
    if (n == "co_firstlineno") return Object::from_int(spec->firstlineno);
    if (n == "co_argcount") return Object::from_int(spec->npositional);
    if (n == "co_posonlyargcount") return Object::from_int(spec->nposonly);
    if (n == "co_kwonlyargcount") return Object::from_int(spec->nkwonly);
    return HeapObject::getattr(name);
  }
};

}  // namespace

Object code_object(const FunctionSpec* spec) {
  static auto* codes = new std::unordered_map<const FunctionSpec*, Object>();
  Object& code = (*codes)[spec];
  if (code.is_unbound()) code = make<CodeObject>(spec);
  return code;
}

}  // namespace pyrt
