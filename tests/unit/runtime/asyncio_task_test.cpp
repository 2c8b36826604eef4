// Tasks driven by the loop, in the exact order CPython 3.11 produces (each
// expectation was taken from running the equivalent Python program): step
// interleaving at sleep(0), cancellation, gather, queues, and async
// generator finalization through the loop's hooks.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pyrt/asyncio/asyncio.h"
#include "pyrt/coro/async_generator.h"
#include "pyrt/coro/coroutine.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/list.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"

namespace pyrt {
namespace {

std::vector<std::string> g_log;

void log(std::string s) { g_log.push_back(std::move(s)); }

const CodeInfo kWorker{"worker", "worker", "test.py", 1};
const CodeInfo kMain{"main", "main", "test.py", 10};
const CodeInfo kSleeper{"sleeper", "sleeper", "test.py", 20};
const CodeInfo kVal{"val", "val", "test.py", 30};
const CodeInfo kProducer{"producer", "producer", "test.py", 40};
const CodeInfo kConsumer{"consumer", "consumer", "test.py", 50};
const CodeInfo kGen{"gen", "gen", "test.py", 60};

Coroutine worker(CodeRef, std::string name, int n) {
  for (int i = 0; i < n; ++i) {
    log(name + std::to_string(i));
    co_await await_(sleep(Object::from_int(0)));
  }
  log(name + " done");
  co_return str_from(name);
}

// async def main(): t1 = create_task(worker("a", 3)); t2 = create_task(worker("b", 2)); ...
Coroutine interleave_main(CodeRef) {
  EventLoop* loop = get_running_loop();
  Object t1 = loop->create_task(worker(&kWorker, "a", 3));
  Object t2 = loop->create_task(worker(&kWorker, "b", 2));
  log("created");
  Object r1 = co_await await_(t1);
  log("got " + str_text(r1));
  Object r2 = co_await await_(t2);
  log("got " + str_text(r2));
  co_return kNone;
}

TEST(Task, TwoTasksInterleaveAtSleepZeroInCPythonsOrder) {
  g_log.clear();
  run(interleave_main(&kMain));
  EXPECT_EQ(g_log, (std::vector<std::string>{"created", "a0", "b0", "a1", "b1", "a2", "b done", "a done", "got a",
                                             "got b"}));
}

Coroutine sleeper(CodeRef) {
  try {
    co_await await_(sleep(Object::from_int(10)));
  } catch (PyException& e) {
    if (!exception_is(e.value, exc::CancelledError)) throw;
    log("cancelled " + repr_text(exception_args(e.value)));
    throw;
  }
  co_return kNone;
}

Coroutine cancel_main(CodeRef) {
  EventLoop* loop = get_running_loop();
  Ref<TaskObject> t = loop->create_task(sleeper(&kSleeper));
  co_await await_(sleep(Object::from_int(0)));
  t->cancel(str_from("stop"));
  try {
    co_await await_(t.obj());
  } catch (PyException& e) {
    if (!exception_is(e.value, exc::CancelledError)) throw;
    log("outer " + repr_text(exception_args(e.value)));
  }
  log(t->cancelled() ? "True" : "False");
  co_return kNone;
}

TEST(Task, CancelDeliversCancelledErrorWithItsMessage) {
  g_log.clear();
  run(cancel_main(&kMain));
  EXPECT_EQ(g_log, (std::vector<std::string>{"cancelled ('stop',)", "outer ('stop',)", "True"}));
}

Coroutine val(CodeRef, int x, double d) {
  co_await await_(sleep(Object::from_float(d)));
  log("v" + std::to_string(x));
  co_return Object::from_int(x);
}

Coroutine gather_main(CodeRef) {
  // Built before the await: g++ 12 rejects a braced list inside a coroutine
  // ("array used as initializer").
  std::vector<Object> aws;
  aws.push_back(val(&kVal, 1, 0.03));
  aws.push_back(val(&kVal, 2, 0.01));
  aws.push_back(val(&kVal, 3, 0.02));
  Object r = co_await await_(gather(aws, false));
  log(repr_text(r));
  co_return kNone;
}

TEST(Gather, ResultsFollowArgumentOrderNotCompletionOrder) {
  g_log.clear();
  run(gather_main(&kMain));
  EXPECT_EQ(g_log, (std::vector<std::string>{"v2", "v3", "v1", "[1, 2, 3]"}));
}

Coroutine producer(CodeRef, Object q) {
  auto* queue = static_cast<QueueObject*>(q.heap());
  for (int i = 0; i < 4; ++i) {
    co_await await_(queue->put(Object::from_int(i)));
    log("put" + std::to_string(i));
  }
  co_await await_(queue->put(kNone));
  co_return kNone;
}

Coroutine consumer(CodeRef, Object q) {
  auto* queue = static_cast<QueueObject*>(q.heap());
  for (;;) {
    Object x = co_await await_(queue->get());
    if (x.is_none()) break;
    log("got" + std::to_string(x.as_int()));
  }
  co_return kNone;
}

Coroutine queue_main(CodeRef) {
  Object q = make<QueueObject>(QueueObject::Kind::Fifo, Object::from_int(2));
  std::vector<Object> aws;
  aws.push_back(producer(&kProducer, q));
  aws.push_back(consumer(&kConsumer, q));
  co_await await_(gather(aws, false));
  co_return kNone;
}

TEST(Queue, BoundedProducerAndConsumerAlternateAsInCPython) {
  g_log.clear();
  run(queue_main(&kMain));
  EXPECT_EQ(g_log, (std::vector<std::string>{"put0", "put1", "got0", "got1", "put2", "put3", "got2", "got3"}));
}

AsyncGenerator gen(CodeRef, std::string name) {
  try {
    for (int i = 0; i < 3; ++i) co_yield Object::from_int(i);
  } catch (...) {
    log("close " + name);
    throw;
  }
  log("close " + name);
}

Object g_kept;

Coroutine agen_main(CodeRef) {
  static const Object anext = intern("__anext__");
  Object g = gen(&kGen, "abandoned");
  co_await await_(call_method(g, anext, {}));
  g = Object();  // del g: the finalizer hook schedules aclose()
  log("after break");
  co_await await_(sleep(Object::from_int(0)));
  log("after sleep");
  Object g2 = gen(&kGen, "kept");
  co_await await_(call_method(g2, anext, {}));
  log("main done");
  g_kept = g2;
  co_return kNone;
}

TEST(AsyncGenHooks, AbandonedGeneratorIsClosedByTheLoopAndShutdownClosesTheRest) {
  g_log.clear();
  run(agen_main(&kMain));
  g_kept = Object();
  EXPECT_EQ(g_log, (std::vector<std::string>{"after break", "after sleep", "main done", "close abandoned",
                                             "close kept"}));
}

TEST(Run, NonCoroutineArgumentRaisesValueError) {
  try {
    run(Object::from_int(1));
    FAIL() << "no exception";
  } catch (PyException& e) {
    EXPECT_TRUE(exception_is(e.value, exc::ValueError));
    EXPECT_EQ(str_text(e.value), "a coroutine was expected, got 1");
  }
}

}  // namespace
}  // namespace pyrt
