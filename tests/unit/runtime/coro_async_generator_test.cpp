// The PEP 525 protocol of pyrt's async generators, driven from C++ the way a
// Task would drive it (CoroutineObject::step), without an event loop.
#include <gtest/gtest.h>

#include <vector>

#include "pyrt/coro/async_generator.h"
#include "pyrt/coro/coroutine.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/recursion.h"
#include "pyrt/object/str.h"

namespace pyrt {
namespace {

const CodeInfo kCounter{"counter", "counter", "test.py", 1};
const CodeInfo kConsume{"consume", "consume", "test.py", 1};

AsyncGenerator counter(CodeRef, Object n, std::vector<std::string>* log) {
  log->push_back("start");
  for (std::int64_t i = 0; i < n.as_int(); ++i) {
    Object sent = co_yield Object::from_int(i);
    if (!sent.is_none()) log->push_back("sent " + str_text(sent));
  }
  log->push_back("end");
}

Coroutine consume(CodeRef, Object gen, std::vector<std::int64_t>* out) {
  AsyncForIter it(gen);
  Object x;
  while (co_await it.next(x)) out->push_back(x.as_int());
  co_return kNone;
}

// Runs a coroutine that never yields to a driver to completion.
Object run_to_end(Object coro) {
  Object out;
  EXPECT_FALSE(static_cast<CoroutineObject*>(coro.heap())->step(kNone, Object(), out));
  return out;
}

Coroutine await_one(Object awaitable, Object* result) {
  *result = co_await await_(awaitable);
  co_return kNone;
}

// Awaits `awaitable` in a fresh coroutine; returns the exception it raised.
Object await_and_catch(Object awaitable, Object* result) {
  try {
    run_to_end(await_one(awaitable, result));
  } catch (PyException& e) {
    return e.value;
  }
  return Object();
}

TEST(AsyncGenerator, AsyncForReceivesEveryValueInOrder) {
  std::vector<std::string> log;
  std::vector<std::int64_t> out;
  run_to_end(consume(&kConsume, counter(&kCounter, Object::from_int(3), &log), &out));
  EXPECT_EQ(out, (std::vector<std::int64_t>{0, 1, 2}));
  EXPECT_EQ(log, (std::vector<std::string>{"start", "end"}));
}

TEST(AsyncGenerator, AcloseBeforeFirstAnextDoesNotRunBody) {
  std::vector<std::string> log;
  Object gen = counter(&kCounter, Object::from_int(3), &log);
  Object result;
  Object error = await_and_catch(call_method(gen, intern("aclose"), {}), &result);
  EXPECT_TRUE(error.is_unbound());
  EXPECT_TRUE(result.is_none());
  EXPECT_TRUE(log.empty());
}

TEST(AsyncGenerator, AsendOfNonNoneToJustStartedGeneratorRaisesTypeError) {
  std::vector<std::string> log;
  Object gen = counter(&kCounter, Object::from_int(3), &log);
  Object result;
  Object error = await_and_catch(call_method(gen, intern("asend"), {Object::from_int(1)}), &result);
  ASSERT_TRUE(exception_is(error, exc::TypeError));
  EXPECT_EQ(str_text(error), "can't send non-None value to a just-started async generator");
}

TEST(AsyncGenerator, AsendDeliversTheValueAtTheYield) {
  std::vector<std::string> log;
  Object gen = counter(&kCounter, Object::from_int(3), &log);
  Object result;
  await_and_catch(call_method(gen, intern("asend"), {kNone}), &result);
  EXPECT_EQ(result.as_int(), 0);
  await_and_catch(call_method(gen, intern("asend"), {str_from("hi")}), &result);
  EXPECT_EQ(result.as_int(), 1);
  EXPECT_EQ(log.back(), "sent hi");
}

TEST(AsyncGenerator, ExhaustedGeneratorRaisesStopAsyncIteration) {
  std::vector<std::string> log;
  Object gen = counter(&kCounter, Object::from_int(0), &log);
  Object result;
  Object error = await_and_catch(call_method(gen, intern("__anext__"), {}), &result);
  EXPECT_TRUE(exception_is(error, exc::StopAsyncIteration));
  error = await_and_catch(call_method(gen, intern("__anext__"), {}), &result);
  EXPECT_TRUE(exception_is(error, exc::StopAsyncIteration));
}

AsyncGenerator yields_in_finally(CodeRef) {
  try {
    co_yield Object::from_int(1);
  } catch (...) {
  }
  co_yield Object::from_int(2);
}

TEST(AsyncGenerator, YieldWhileClosingRaisesRuntimeError) {
  Object gen = yields_in_finally(&kCounter);
  Object result;
  await_and_catch(call_method(gen, intern("__anext__"), {}), &result);
  Object error = await_and_catch(call_method(gen, intern("aclose"), {}), &result);
  ASSERT_TRUE(exception_is(error, exc::RuntimeError));
  EXPECT_EQ(str_text(error), "async generator ignored GeneratorExit");
}

Coroutine returns(CodeRef, Object v) { co_return v; }

TEST(Coroutine, AwaitingAFinishedCoroutineAgainRaisesRuntimeError) {
  Object c = returns(&kConsume, Object::from_int(7));
  Object result;
  EXPECT_TRUE(await_and_catch(c, &result).is_unbound());
  EXPECT_EQ(result.as_int(), 7);
  Object error = await_and_catch(c, &result);
  ASSERT_TRUE(exception_is(error, exc::RuntimeError));
  EXPECT_EQ(str_text(error), "cannot reuse already awaited coroutine");
}

Coroutine nest(CodeRef code, int depth) {
  if (depth == 0) co_return Object::from_int(0);
  Object inner = co_await await_(nest(code, depth - 1));
  co_return Object::from_int(inner.as_int() + 1);
}

TEST(Coroutine, DeepAwaitChainsUseSymmetricTransferNotTheStack) {
  // 200,000 nested frames would overflow an 8 MiB stack if each transfer
  // were a nested call. The recursion limit must allow them first, as
  // sys.setrecursionlimit would.
  set_recursion_limit(300000);
  Object result = run_to_end(nest(&kConsume, 200000));
  set_recursion_limit(1000);
  EXPECT_EQ(result.as_int(), 200000);
  EXPECT_EQ(detail::recursion_depth, 0);
}

TEST(Coroutine, AwaitChainDeeperThanTheRecursionLimitRaisesRecursionError) {
  // The outermost frame and 999 awaited ones fit under the limit of 1000.
  EXPECT_EQ(run_to_end(nest(&kConsume, 999)).as_int(), 999);
  Object out;
  Object coro = nest(&kConsume, 1000);
  try {
    static_cast<CoroutineObject*>(coro.heap())->step(kNone, Object(), out);
    ADD_FAILURE() << "no RecursionError";
  } catch (PyException& e) {
    EXPECT_TRUE(exception_is(e.value, exc::RecursionError));
    EXPECT_EQ(str_text(e.value), "maximum recursion depth exceeded");
  }
  EXPECT_EQ(detail::recursion_depth, 0);
}

}  // namespace
}  // namespace pyrt
