// The native module `_random`, whose Random type random.py subclasses: the Mersenne Twister
// MT19937 and its seeding, state and bit draws exactly as CPython 3.11's
// Modules/_randommodule.c, so a seeded sequence is CPython's, number for number.
#include <sys/random.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "../object/internal.h"
#include "../object/native_subclass.h"
#include "native.h"
#include "pyrt/object/import.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/str.h"
#include "pyrt/object/subclassing.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

using detail::type_error;
using detail::value_error;

constexpr int kN = 624;  // MT19937's words of state
constexpr int kM = 397;
constexpr std::uint32_t kMatrixA = 0x9908b0dfU;
constexpr std::uint32_t kUpperMask = 0x80000000U;
constexpr std::uint32_t kLowerMask = 0x7fffffffU;

/// A `_random.Random`, or the Random part of an instance of a subclass (random.Random). A new
/// one holds zeros with index 0 until seeded, as PyType_GenericAlloc leaves CPython's: a
/// subclass whose __init__ never seeds draws zeros, as there.
struct RandomObject : HeapObject {
  explicit RandomObject(TypeObject* type) : HeapObject(type) {}
  std::array<std::uint32_t, kN> state{};
  int index = 0;

  /// init_genrand: the state from one 32-bit seed.
  void init_genrand(std::uint32_t s);
  /// init_by_array: the state from a key of 32-bit words (at least one).
  void init_by_array(const std::vector<std::uint32_t>& key);
  /// genrand_uint32: the next 32 random bits, regenerating the state every 624 draws.
  std::uint32_t next_word();
};

void RandomObject::init_genrand(std::uint32_t s) {
  state[0] = s;
  for (int i = 1; i < kN; ++i) {
    std::uint32_t prev = state[static_cast<std::size_t>(i - 1)];
    state[static_cast<std::size_t>(i)] = 1812433253U * (prev ^ (prev >> 30)) + static_cast<std::uint32_t>(i);
  }
  index = kN;
}

void RandomObject::init_by_array(const std::vector<std::uint32_t>& key) {
  init_genrand(19650218U);
  std::size_t i = 1;
  std::size_t j = 0;
  std::size_t n = key.size();
  for (std::size_t k = kN > n ? kN : n; k > 0; --k) {
    std::uint32_t prev = state[i - 1];
    state[i] = (state[i] ^ ((prev ^ (prev >> 30)) * 1664525U)) + key[j] + static_cast<std::uint32_t>(j);
    ++i;
    ++j;
    if (i >= kN) {
      state[0] = state[kN - 1];
      i = 1;
    }
    if (j >= n) j = 0;
  }
  for (std::size_t k = kN - 1; k > 0; --k) {
    std::uint32_t prev = state[i - 1];
    state[i] = (state[i] ^ ((prev ^ (prev >> 30)) * 1566083941U)) - static_cast<std::uint32_t>(i);
    ++i;
    if (i >= kN) {
      state[0] = state[kN - 1];
      i = 1;
    }
  }
  state[0] = 0x80000000U;  // the most significant bit is 1: a non-zero initial state
}

std::uint32_t twist(std::uint32_t upper, std::uint32_t lower, std::uint32_t far) {
  std::uint32_t y = (upper & kUpperMask) | (lower & kLowerMask);
  return far ^ (y >> 1) ^ ((y & 1U) != 0 ? kMatrixA : 0U);
}

std::uint32_t RandomObject::next_word() {
  if (index >= kN) {
    int kk = 0;
    for (; kk < kN - kM; ++kk) state[kk] = twist(state[kk], state[kk + 1], state[kk + kM]);
    for (; kk < kN - 1; ++kk) state[kk] = twist(state[kk], state[kk + 1], state[kk + (kM - kN)]);
    state[kN - 1] = twist(state[kN - 1], state[0], state[kM - 1]);
    index = 0;
  }
  std::uint32_t y = state[static_cast<std::size_t>(index++)];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

TypeObject* random_type();

RandomObject* as_random(const Object& x) { return static_cast<RandomObject*>(x.heap()); }

// random_seed_urandom, or random_seed_time_pid when the system has no randomness to give.
void seed_from_system(RandomObject* r) {
  std::vector<std::uint32_t> key(kN);
  std::size_t want = key.size() * sizeof(std::uint32_t);
  ssize_t got = getrandom(key.data(), want, GRND_NONBLOCK);
  if (got != static_cast<ssize_t>(want)) {
    auto now = std::chrono::system_clock::now().time_since_epoch();
    auto ns = static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count());
    auto mono = static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
    key.assign({static_cast<std::uint32_t>(ns), static_cast<std::uint32_t>(ns >> 32),
                static_cast<std::uint32_t>(getpid()), static_cast<std::uint32_t>(mono),
                static_cast<std::uint32_t>(mono >> 32)});
  }
  r->init_by_array(key);
}

// The 32-bit words of a non-negative int, least significant first; one zero word for 0.
std::vector<std::uint32_t> words_of(const Object& n) {
  mpz_t v;
  mpz_init(v);
  int_to_mpz(n, v);
  std::size_t count = (mpz_sizeinbase(v, 2) + 31) / 32;
  std::vector<std::uint32_t> key(count == 0 ? 1 : count, 0U);
  if (mpz_sgn(v) != 0) mpz_export(key.data(), &count, -1, sizeof(std::uint32_t), 0, 0, v);
  mpz_clear(v);
  return key;
}

// random_seed: None draws from the system; an int seeds by its absolute value (int.__abs__, not
// a subclass's own __abs__); anything else by its hash, taken as an unsigned 64-bit number.
void seed(RandomObject* r, const Object& arg) {
  if (arg.is_unbound() || arg.is_none()) return seed_from_system(r);
  Object n;
  if (is_int(arg)) {
    n = exact_builtin_value(arg);
    if (int_sign(n) < 0) n = int_binop(BinaryOp::Sub, Object::from_int(0), n);
  } else {
    auto h = static_cast<std::uint64_t>(hash(arg));
    mpz_t v;
    mpz_init(v);
    mpz_import(v, 1, -1, sizeof h, 0, 0, &h);
    n = int_from_mpz(v);
    mpz_clear(v);
  }
  r->init_by_array(words_of(n));
}

// random_init: "Random() requires 0 or 1 argument"; keywords are refused unless a subclass's
// own __init__ passes them on (the check is skipped when tp_init is not Random's).
void init_random(RandomObject* r, const CallArgs& args) {
  static const Object init_name = intern("__init__");
  bool own_init = r->type == random_type() || r->type->lookup(init_name).is(random_type()->lookup(init_name));
  if (own_init && args.nkw != 0) type_error("Random() takes no keyword arguments");
  if (args.npos > 1) type_error("Random() requires 0 or 1 argument");
  seed(r, args.npos == 1 ? args.args[0] : Object());
}

Object random_init(const CallArgs& args) {
  if (args.npos == 0 || !args.args[0].type()->is_subtype(random_type())) {
    std::string got = args.npos == 0 ? "nothing" : "a '" + type_name_text(args.args[0]) + "'";
    type_error("descriptor '__init__' requires a '_random.Random' object but received " + got);
  }
  init_random(as_random(args.args[0]), CallArgs{args.args + 1, args.npos - 1, args.nkw, args.kwnames});
  return kNone;
}

// random_new makes a zeroed generator; type_call then runs __init__ (Random's, or a subclass's,
// which may take other arguments, as random.Random's does).
Object random_new(TypeObject* type, const CallArgs& args) {
  if (type != random_type()) return detail::new_native_subclass<RandomObject>(type);
  auto* r = new RandomObject(type);
  Object out(r);
  init_random(r, args);
  return out;
}

Object m_seed(const Object& self, const CallArgs& args) {
  seed(as_random(self), args.npos == 1 ? args.args[0] : Object());
  return kNone;
}

// random_random: 53 bits from two draws, (a*2**26+b)/2**53 with a of 27 bits and b of 26.
Object m_random(const Object& self, const CallArgs&) {
  RandomObject* r = as_random(self);
  std::uint32_t a = r->next_word() >> 5;
  std::uint32_t b = r->next_word() >> 6;
  return Object::from_float((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

// _PyLong_AsInt (Argument Clinic's `int`): __index__, then OverflowError beyond a C int.
int c_int_of(const Object& x) {
  Object n = number_index(x);
  std::int64_t v;
  if (!int_to_int64(n, v) || v > INT32_MAX || v < INT32_MIN) {
    raise_error(exc::OverflowError, "Python int too large to convert to C int");
  }
  return static_cast<int>(v);
}

// random_getrandbits: k bits as 32-bit draws from the least significant word up, the last
// word's surplus low bits dropped.
Object m_getrandbits(const Object& self, const CallArgs& args) {
  RandomObject* r = as_random(self);
  int k = c_int_of(args.args[0]);
  if (k < 0) value_error("number of bits must be non-negative");
  if (k == 0) return Object::from_int(0);
  if (k <= 32) return Object::from_int(r->next_word() >> (32 - k));
  std::vector<std::uint32_t> words(static_cast<std::size_t>((k - 1) / 32 + 1));
  for (std::uint32_t& w : words) {
    w = r->next_word();
    if (k < 32) w >>= (32 - k);
    k -= 32;
  }
  mpz_t v;
  mpz_init(v);
  mpz_import(v, words.size(), -1, sizeof(std::uint32_t), 0, 0, words.data());
  Object out = int_from_mpz(v);
  mpz_clear(v);
  return out;
}

// random_getstate: the 624 words and the index, a tuple of 625 ints.
Object m_getstate(const Object& self, const CallArgs&) {
  RandomObject* r = as_random(self);
  std::vector<Object> items;
  items.reserve(kN + 1);
  for (std::uint32_t w : r->state) items.push_back(Object::from_int(w));
  items.push_back(Object::from_int(r->index));
  return tuple_from_vector(std::move(items));
}

// PyLong_AsUnsignedLong, whose value setstate truncates to 32 bits: ints only (no __index__).
std::uint32_t state_word(const Object& x) {
  if (!is_int(x)) type_error("an integer is required");
  if (int_sign(x) < 0) raise_error(exc::OverflowError, "can't convert negative value to unsigned int");
  mpz_t v;
  mpz_init(v);
  int_to_mpz(x, v);
  bool fits = mpz_sizeinbase(v, 2) <= 64;
  std::uint64_t low = 0;
  if (fits && mpz_sgn(v) != 0) mpz_export(&low, nullptr, -1, sizeof low, 0, 0, v);
  mpz_clear(v);
  if (!fits) raise_error(exc::OverflowError, "Python int too large to convert to C unsigned long");
  return static_cast<std::uint32_t>(low);
}

// random_setstate: every word is read before the index is checked, and nothing changes unless
// all of it is valid.
Object m_setstate(const Object& self, const CallArgs& args) {
  const Object& st = args.args[0];
  if (!st.type()->is_subtype(types::tuple)) type_error("state vector must be a tuple");
  const std::vector<Object>& items = tuple_items(st);
  if (items.size() != kN + 1) value_error("state vector is the wrong size");
  std::array<std::uint32_t, kN> words{};
  for (std::size_t i = 0; i < kN; ++i) words[i] = state_word(items[i]);
  Object index = number_index(items[kN]);
  std::int64_t i;
  if (!int_to_int64(index, i)) raise_error(exc::OverflowError, "Python int too large to convert to C long");
  if (i < 0 || i > kN) value_error("invalid state");
  RandomObject* r = as_random(self);
  r->state = words;
  r->index = static_cast<int>(i);
  return kNone;
}

const NativeMethodDef random_methods[] = {
    {"random", m_random, 0, 0},
    {"seed", m_seed, 0, 1},
    {"getstate", m_getstate, 0, 0},
    {"setstate", m_setstate, 1, 1},
    {"getrandbits", m_getrandbits, 1, 1},
};

TypeObject* random_type() {
  static TypeObject* const t = [] {
    TypeObject* type = make_builtin_type("Random", nullptr, "_random", random_new, true);
    type->tp_name = "_random.Random";
    dict_set(type->dict, intern("__doc__"),
             str_from("Random() -> create a random number generator with its own internal state."));
    detail::NativeSlots<RandomObject>::add(type, "__init__", random_init);
    add_methods(type, random_methods);
    return type;
  }();
  return t;
}

}  // namespace

Object native::make_random_module() {
  Object m = new_module("_random", "Module implements the Mersenne Twister random number generator.");
  module_add(m, "Random", Object(random_type()));
  return m;
}

}  // namespace pyrt

void pystd_7_random::register_module() { pyrt::register_module("_random", pyrt::native::make_random_module); }
