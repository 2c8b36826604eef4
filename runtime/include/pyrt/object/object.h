// Object: the 16-byte value every translated Python expression evaluates to.
// Mirrors CPython's PyObject* with reference counting, except that None, bool,
// small ints and floats are stored unboxed so arithmetic allocates nothing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace pyrt {

struct HeapObject;
struct TypeObject;
struct NativeAwaitable;
class Object;

/// Binary operators, named as in CPython's ast.operator.
enum class BinaryOp : std::uint8_t { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv };
/// Unary operators, named as in CPython's ast.unaryop (Not is handled by truthiness).
enum class UnaryOp : std::uint8_t { Invert, UAdd, USub };
/// Rich comparisons, in the order of CPython's Py_LT..Py_GE.
enum class CmpOp : std::uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

/// Arguments of one call, laid out like CPython's vectorcall: `npos`
/// positional values followed by `nkw` keyword values whose names (str
/// objects) are in `kwnames`. Borrowed for the duration of the call.
struct CallArgs {
  const Object* args = nullptr;
  std::size_t npos = 0;
  std::size_t nkw = 0;
  const Object* kwnames = nullptr;
};

/// A Python value. Unboxed: unbound (no value yet, e.g. an unassigned local),
/// None, bool, int that fits in int64, float. Everything else is a pointer to a
/// HeapObject whose non-atomic intrusive reference count this Object owns one
/// unit of, so destruction happens exactly when CPython's would.
class Object {
 public:
  enum class Tag : std::uint8_t { Unbound, None, Bool, Int, Float, Heap };

  // constexpr so that namespace-scope Objects (the builtins) are constant-
  // initialized and never re-initialized after runtime_init() assigned them.
  constexpr Object() noexcept : tag_(Tag::Unbound), u_{.i = 0} {}
  /// Takes a new reference to `p` (which may be freshly constructed with a
  /// count of zero). `p` must not be null.
  explicit Object(HeapObject* p) noexcept;
  /// Implicit for type objects, so translated `C = make_class(...)` and
  /// `call(deco, {make_class(...)})` need no cast. `t` must not be null.
  Object(TypeObject* t) noexcept;  // NOLINT(google-explicit-constructor)
  Object(const Object& o) noexcept : tag_(o.tag_), u_(o.u_) { incref(); }
  Object(Object&& o) noexcept : tag_(o.tag_), u_(o.u_) { o.tag_ = Tag::Unbound; }
  Object& operator=(const Object& o) noexcept {
    Object tmp(o);
    swap(tmp);
    return *this;
  }
  Object& operator=(Object&& o) noexcept {
    Object tmp(std::move(o));
    swap(tmp);
    return *this;
  }
  ~Object() { decref(); }

  void swap(Object& o) noexcept {
    std::swap(tag_, o.tag_);
    std::swap(u_, o.u_);
  }

  static Object none() noexcept { return Object(Tag::None); }
  static Object from_bool(bool b) noexcept {
    Object o(Tag::Bool);
    o.u_.b = b;
    return o;
  }
  static Object from_int(std::int64_t i) noexcept {
    Object o(Tag::Int);
    o.u_.i = i;
    return o;
  }
  static Object from_float(double d) noexcept {
    Object o(Tag::Float);
    o.u_.f = d;
    return o;
  }

  Tag tag() const noexcept { return tag_; }
  bool is_unbound() const noexcept { return tag_ == Tag::Unbound; }
  bool is_none() const noexcept { return tag_ == Tag::None; }
  bool is_bool() const noexcept { return tag_ == Tag::Bool; }
  /// True for an unboxed int (not for bool and not for a big int).
  bool is_small_int() const noexcept { return tag_ == Tag::Int; }
  bool is_float() const noexcept { return tag_ == Tag::Float; }
  bool is_heap() const noexcept { return tag_ == Tag::Heap; }

  bool as_bool() const noexcept { return u_.b; }
  std::int64_t as_int() const noexcept { return u_.i; }
  double as_float() const noexcept { return u_.f; }
  HeapObject* heap() const noexcept { return u_.p; }

  /// The Python type of this value; never null (unbound reports NoneType).
  TypeObject* type() const noexcept;

  /// Identity as Python's `is` sees it.
  bool is(const Object& o) const noexcept {
    if (tag_ != o.tag_) return false;
    switch (tag_) {
      case Tag::Unbound:
      case Tag::None: return true;
      case Tag::Bool: return u_.b == o.u_.b;
      case Tag::Int: return u_.i == o.u_.i;
      case Tag::Float: return u_.f == o.u_.f;
      case Tag::Heap: return u_.p == o.u_.p;
    }
    return false;
  }

  /// Releases the reference without decrementing; the caller now owns it.
  HeapObject* release() noexcept {
    HeapObject* p = u_.p;
    tag_ = Tag::Unbound;
    return p;
  }

 private:
  constexpr explicit Object(Tag t) noexcept : tag_(t), u_{.i = 0} {}
  inline void incref() const noexcept;
  inline void decref() noexcept;

  Tag tag_;
  union {
    bool b;
    std::int64_t i;
    double f;
    HeapObject* p;
  } u_;
};

static_assert(sizeof(Object) == 16, "Object must stay two words");

/// Clears every weak reference to `obj` and calls their callbacks (weakref.h); what
/// HeapObject's dealloc() and destructor run when `obj` has some.
void clear_weakrefs(HeapObject* obj) noexcept;

/// Base of every heap-allocated Python object. The count starts at zero; the
/// first Object that adopts the pointer makes it one.
struct HeapObject {
  std::uint32_t refcnt = 0;
  /// Some weak reference to this object exists (the side table of weakref.h lists them). It
  /// lives in the padding after `refcnt`, so weak references cost objects no size.
  bool has_weakrefs = false;
  TypeObject* type;

  explicit HeapObject(TypeObject* t) noexcept : type(t) {}
  HeapObject(const HeapObject&) = delete;
  HeapObject& operator=(const HeapObject&) = delete;
  /// Objects whose dealloc() is their own (coroutine frames, resurrecting finalizers) clear
  /// their weak references here, once they are really gone.
  virtual ~HeapObject() {
    if (has_weakrefs) clear_weakrefs(this);
  }

  // The protocol, one virtual per CPython type slot. Defaults behave like
  // `object`'s: an unbound Object return means "not implemented"/"missing", so
  // the free functions in ops.h can try the reflected operation or raise the
  // right TypeError/AttributeError with CPython's wording.
  virtual Object repr();
  virtual Object str();
  virtual std::int64_t hash();
  virtual Object richcompare(const Object& other, CmpOp op);
  virtual Object getattr(const Object& name);
  /// `value` unbound means delete.
  virtual void setattr(const Object& name, const Object& value);
  virtual Object call(const CallArgs& args);
  virtual Object iter();
  /// Advances an iterator: true with `out` set, or false at exhaustion
  /// (StopIteration without throwing).
  virtual bool next(Object& out);
  /// Returns -1 when the type has no len().
  virtual std::int64_t len();
  virtual Object getitem(const Object& key);
  /// `value` unbound means delete.
  virtual void setitem(const Object& key, const Object& value);
  /// Returns unbound when the type has no __contains__ (ops falls back to iteration).
  virtual Object contains(const Object& item);
  /// Returns unbound when the type defines neither __bool__ nor __len__.
  virtual Object truthy();
  virtual Object binop(BinaryOp op, const Object& other, bool reflected);
  /// In-place form (`+=`); unbound falls back to binop.
  virtual Object inplace(BinaryOp op, const Object& other);
  virtual Object unaryop(UnaryOp op);
  /// tp_descr_get: the value of this object found as attribute `name` on the
  /// class `type` of `obj` (`obj` unbound for access through the class
  /// itself). Unbound means the object is no descriptor, so the attribute's
  /// value is the object itself. bind_descriptor (type.h) calls this for the
  /// runtime's native descriptors (method, slot wrapper, getset).
  virtual Object descr_get(const Object& obj, TypeObject* type);
  /// tp_descr_set: stores `value` (unbound: deletes) as the attribute this object is of the
  /// instance `obj`, where it was found on type(obj). False when the object is no native data
  /// descriptor, so attribute assignment goes on as for a plain class attribute; the runtime's
  /// writable native members (defaultdict.default_factory) and _tuplegetter answer here.
  virtual bool descr_set(const Object& obj, const Object& value);
  /// Non-null for the runtime's own awaitables (coroutines, futures, the
  /// async-generator awaitables), which `await` drives without __await__.
  virtual NativeAwaitable* native_awaitable() { return nullptr; }
  /// The instance __dict__ slot (CPython's tp_dictoffset): the attribute
  /// dict of instances of user classes, unbound until first assignment;
  /// null for layouts without one (builtin objects).
  virtual Object* instance_dict() { return nullptr; }
  /// Storage for the values of the instance's __slots__ (one per slot of its class, in
  /// TypeObject::slot_count order), made on first store; null for layouts without any.
  virtual Object* slot_values(std::size_t count) {
    (void)count;
    return nullptr;
  }

  /// Called when the count drops to zero. Objects whose storage is not a plain
  /// `new` (coroutine frames) or that need a finalizer (async generators,
  /// mirroring PEP 525's finalizer hook) override this; they may resurrect
  /// themselves by raising the count again.
  /// The default clears weak references before the members die, as subtype_dealloc calls
  /// PyObject_ClearWeakRefs before clearing the instance dict.
  virtual void dealloc() {
    if (has_weakrefs) clear_weakrefs(this);
    delete this;
  }
};

static_assert(sizeof(HeapObject) == 24, "the weak-reference flag must stay in the padding");

inline Object::Object(HeapObject* p) noexcept : tag_(Tag::Heap) {
  u_.p = p;
  ++p->refcnt;
}

inline void Object::incref() const noexcept {
  if (tag_ == Tag::Heap) ++u_.p->refcnt;
}

inline void Object::decref() noexcept {
  if (tag_ == Tag::Heap && --u_.p->refcnt == 0) u_.p->dealloc();
}

/// A typed owning pointer to a HeapObject subclass, for runtime internals
/// that know the dynamic type.
template <class T>
class Ref {
 public:
  Ref() noexcept = default;
  explicit Ref(T* p) noexcept : p_(p) {
    if (p_) ++p_->refcnt;
  }
  Ref(const Ref& o) noexcept : Ref(o.p_) {}
  Ref(Ref&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  Ref& operator=(Ref o) noexcept {
    std::swap(p_, o.p_);
    return *this;
  }
  ~Ref() {
    if (p_ && --p_->refcnt == 0) p_->dealloc();
  }
  T* get() const noexcept { return p_; }
  T* operator->() const noexcept { return p_; }
  T& operator*() const noexcept { return *p_; }
  explicit operator bool() const noexcept { return p_ != nullptr; }
  Object obj() const noexcept { return p_ ? Object(p_) : Object(); }
  operator Object() const noexcept { return obj(); }

 private:
  T* p_ = nullptr;
};

/// Allocates a T and returns the owning Object.
template <class T, class... A>
Object make(A&&... a) {
  return Object(new T(std::forward<A>(a)...));
}

/// Allocates a T and returns a typed owning Ref.
template <class T, class... A>
Ref<T> make_ref(A&&... a) {
  return Ref<T>(new T(std::forward<A>(a)...));
}

/// Creates the builtin type objects, interned names and builtins exactly once.
/// Every translation unit that includes this header constructs one guard
/// before its own static initializers run (the "nifty counter" idiom of
/// std::ios_base::Init), so static initializers anywhere may use the runtime.
void runtime_init();
namespace detail {
struct RuntimeInitGuard {
  RuntimeInitGuard() { runtime_init(); }
};
static const RuntimeInitGuard runtime_init_guard;
}  // namespace detail

inline const Object kNone = Object::none();
inline const Object kTrue = Object::from_bool(true);
inline const Object kFalse = Object::from_bool(false);

}  // namespace pyrt
