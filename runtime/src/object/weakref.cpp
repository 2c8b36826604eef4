// The side table of weak references and the weakref object's own slots. Mirrors
// Objects/weakrefobject.c: insert_head/insert_after, clear_weakref, PyObject_ClearWeakRefs and
// weakref_repr/weakref_hash/weakref_richcompare/weakref_call.
#include "pyrt/object/weakref.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <utility>

#include "pyrt/object/exception.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/print.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

using WeakList = std::vector<WeakRefObject*>;

// Never destroyed: objects still die during static destruction, and must find it.
std::unordered_map<const HeapObject*, WeakList>& table() {
  static auto* const t = new std::unordered_map<const HeapObject*, WeakList>();
  return *t;
}

// PyErr_WriteUnraisable for a callback that raised: the object first, then the traceback.
void report_callback_error(const Object& callback) {
  Object e = exception_from_current();
  flush_stdout();
  std::fprintf(stderr, "Exception ignored in: %s\n", repr_text(callback).c_str());
  print_uncaught(e);
}

}  // namespace

WeakRefObject::~WeakRefObject() {
  if (referent == nullptr) return;
  auto it = table().find(referent);
  if (it == table().end()) return;
  WeakList& list = it->second;
  list.erase(std::find(list.begin(), list.end(), this));
  if (list.empty()) {
    referent->has_weakrefs = false;
    table().erase(it);
  }
}

Object WeakRefObject::object() const { return referent != nullptr ? Object(referent) : Object::none(); }

bool WeakRefObject::is_basic() const { return callback.is_unbound() && (is_proxy || is_exact_ref); }

// weakref_repr: the referent's __name__ is added when it has a str one.
Object WeakRefObject::repr() {
  char self_text[32];
  std::snprintf(self_text, sizeof self_text, "%p", static_cast<void*>(this));
  if (referent == nullptr) return str_from(std::string("<weakref at ") + self_text + "; dead>");
  Object obj = object();
  char obj_text[32];
  std::snprintf(obj_text, sizeof obj_text, "%p", static_cast<void*>(referent));
  std::string text = std::string("<weakref at ") + self_text + "; to '" + obj.type()->message_name() + "' at " + obj_text;
  Object name = getattr_or_unbound(obj, intern("__name__"));
  if (!name.is_unbound() && is_str(name)) text += " (" + std::string(str_view(name)) + ")";
  return str_from(text + ">");
}

std::int64_t WeakRefObject::hash() {
  if (hash_cache != -1) return hash_cache;
  if (referent == nullptr) raise_error(exc::TypeError, "weak object has gone away");
  hash_cache = pyrt::hash(object());
  return hash_cache;
}

Object WeakRefObject::richcompare(const Object& other, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !other.is_heap()) return Object();
  auto* w = dynamic_cast<WeakRefObject*>(other.heap());
  if (w == nullptr) return Object();
  if (referent == nullptr || w->referent == nullptr) return Object::from_bool((this == w) == (op == CmpOp::Eq));
  return compare(op, object(), w->object());
}

// weakref_vectorcall: no arguments, with _PyArg_NoKwnames' and _PyArg_CheckPositional's words.
Object WeakRefObject::call(const CallArgs& args) {
  if (args.nkw != 0) raise_error(exc::TypeError, "weakref() takes no keyword arguments");
  if (args.npos != 0) raise_error(exc::TypeError, "weakref expected 0 arguments, got " + std::to_string(args.npos));
  return object();
}

void check_weakrefable(const Object& obj) {
  TypeObject* t = obj.type();
  if (obj.is_heap() && (t->instances_have_weakref || is_type(obj))) return;
  raise_error(exc::TypeError, "cannot create weak reference to '" + t->message_name() + "' object");
}

WeakRefObject* basic_weakref(const HeapObject* obj, bool proxy) {
  auto it = table().find(obj);
  if (it == table().end()) return nullptr;
  const WeakList& list = it->second;
  std::size_t i = 0;
  if (i < list.size() && list[i]->is_basic() && !list[i]->is_proxy) {
    if (!proxy) return list[i];
    ++i;
  }
  if (proxy && i < list.size() && list[i]->is_basic() && list[i]->is_proxy) return list[i];
  return nullptr;
}

void link_weakref(WeakRefObject* ref) {
  WeakRefObject* ref0 = basic_weakref(ref->referent, false);
  WeakRefObject* proxy0 = basic_weakref(ref->referent, true);
  WeakRefObject* prev = nullptr;
  if (!ref->is_basic()) prev = proxy0 != nullptr ? proxy0 : ref0;
  else if (ref->is_proxy) prev = ref0;
  WeakList& list = table()[ref->referent];
  ref->referent->has_weakrefs = true;
  auto at = prev == nullptr ? list.begin() : std::find(list.begin(), list.end(), prev) + 1;
  list.insert(at, ref);
}

std::vector<WeakRefObject*> weakrefs_of(const HeapObject* obj) {
  auto it = table().find(obj);
  return it == table().end() ? WeakList() : it->second;
}

// PyObject_ClearWeakRefs: every reference is cleared first, then the callbacks run in list
// order (newest first), each given its reference; what a callback raises is printed and
// swallowed (handle_callback, PyErr_WriteUnraisable).
void clear_weakrefs(HeapObject* obj) noexcept {
  obj->has_weakrefs = false;
  auto it = table().find(obj);
  if (it == table().end()) return;
  WeakList list = std::move(it->second);
  table().erase(it);
  std::vector<std::pair<Object, Object>> pending;
  for (WeakRefObject* ref : list) {
    ref->referent = nullptr;
    if (!ref->callback.is_unbound()) pending.emplace_back(Object(ref), std::exchange(ref->callback, Object()));
  }
  for (auto& [ref, callback] : pending) {
    try {
      call(callback, {ref});
    } catch (...) {
      report_callback_error(callback);
    }
  }
}

}  // namespace pyrt
