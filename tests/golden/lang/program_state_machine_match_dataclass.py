# A program as users write it: a state machine over match statements with class, keyword,
# or- and as-patterns, a dataclass with order and fields, __slots__, a property setter,
# typing's Generic and Protocol, and except* over an ExceptionGroup raised from a coroutine.
import asyncio
from dataclasses import dataclass, field
from typing import Generic, TypeVar, Protocol

T = TypeVar("T")


class Event:
    __slots__ = ("kind", "payload")

    def __init__(self, kind, payload=None):
        self.kind = kind
        self.payload = payload

    def __repr__(self):
        return f"Event({self.kind!r}, {self.payload!r})"


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False)


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def __class_getitem__(cls, params):
        return super().__class_getitem__(params)


class Sink(Protocol):
    def write(self, text: str) -> None: ...


class Collector:
    def __init__(self):
        self.lines = []

    def write(self, text):
        self.lines.append(text)


class Machine:
    transitions = {("idle", "start"): "running", ("running", "pause"): "paused",
                   ("paused", "resume"): "running", ("running", "stop"): "idle"}

    def __init__(self, sink):
        self._state = "idle"
        self.sink = sink

    @property
    def state(self):
        return self._state

    @state.setter
    def state(self, value):
        self.sink.write(f"{self._state} -> {value}")
        self._state = value

    def feed(self, event):
        match event:
            case Event(kind="job", payload=Job(priority=p, name=n)) if p > 5:
                self.sink.write(f"urgent {n}")
            case Event(kind="job", payload=Job() as job):
                self.sink.write(f"queued {job.name} tags={job.tags}")
            case Event(kind=("start" | "pause" | "resume" | "stop") as k):
                nxt = self.transitions.get((self.state, k))
                if nxt is None:
                    raise ValueError(f"bad transition {self.state!r} --{k}-->")
                self.state = nxt
            case Event(kind=unknown):
                raise KeyError(unknown)


Event.__match_args__ = ("kind", "payload")


async def drive(machine, events):
    errors = []
    for ev in events:
        await asyncio.sleep(0)
        try:
            machine.feed(ev)
        except (ValueError, KeyError) as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("feed errors", errors)


async def main():
    sink = Collector()
    m = Machine(sink)
    jobs = sorted([Job(3, "b", ["x"]), Job(9, "a"), Job(1, "c")])
    events = [Event("start"), *(Event("job", j) for j in jobs), Event("pause"), Event("stop"), Event("fly"), Event("resume")]
    try:
        await drive(m, events)
    except* ValueError as eg:
        print("value errors:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("key errors:", [repr(e) for e in eg.exceptions])
    print("\n".join(sink.lines))
    print(jobs, Box[int], Box("x").item, isinstance(sink, Collector), m.state)
    try:
        Event("x").other = 1
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())
