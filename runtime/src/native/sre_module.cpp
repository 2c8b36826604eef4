// The native module `_sre`, the regular-expression engine under re's translated parser and
// compiler: compile, the case helpers _compiler.py asks, and the constants it checks.
// Mirrors the module functions of Modules/_sre/sre.c (CPython 3.11).
#include "native.h"
#include "pyrt/object/import.h"
#include "pyrt/object/function.h"
#include "pyrt/object/module.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/str.h"
#include "sre.h"

namespace pyrt {

namespace {

// The code point argument of the case helpers (clinic's `character: int`).
std::uint32_t character(const CallArgs& args) { return static_cast<std::uint32_t>(ssize_value(args.args[0])); }

Object getcodesize(const CallArgs&) { return Object::from_int(sizeof(sre::Code)); }
Object ascii_iscased(const CallArgs& args) { return Object::from_bool(sre::ascii_iscased(character(args))); }
Object unicode_iscased(const CallArgs& args) { return Object::from_bool(sre::unicode_iscased(character(args))); }
Object ascii_tolower(const CallArgs& args) { return Object::from_int(sre::lower_ascii(character(args))); }
Object unicode_tolower(const CallArgs& args) { return Object::from_int(sre::lower_unicode(character(args))); }

}  // namespace

Object native::make_sre_module() {
  Object m = new_module("_sre");
  static const NativeFunctionDef functions[] = {
      {"compile", sre::compile, kOwnArgs, kOwnArgs},
      {"getcodesize", getcodesize, 0, 0},
      {"ascii_iscased", ascii_iscased, 1, 1},
      {"unicode_iscased", unicode_iscased, 1, 1},
      {"ascii_tolower", ascii_tolower, 1, 1},
      {"unicode_tolower", unicode_tolower, 1, 1},
  };
  module_add_functions(m, functions);
  module_add(m, "MAGIC", Object::from_int(sre::kMagic));
  module_add(m, "CODESIZE", Object::from_int(sizeof(sre::Code)));
  module_add(m, "MAXREPEAT", Object::from_int(sre::kMaxRepeat));
  module_add(m, "MAXGROUPS", Object::from_int(sre::kMaxGroups));
  module_add(m, "copyright", str_from(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
  return m;
}

}  // namespace pyrt

void pystd_4_sre::register_module() { pyrt::register_module("_sre", pyrt::native::make_sre_module); }
