# A class pattern's keyword pattern may bind with `as` (`payload=Job() as job`): CPython's
# keyword_pattern is NAME '=' pattern, which tree-sitter-python's grammar nests the other way.
class Job:
    __match_args__ = ("name",)

    def __init__(self, name, priority=0):
        self.name = name
        self.priority = priority


class Event:
    def __init__(self, kind, payload=None):
        self.kind = kind
        self.payload = payload


def describe(event):
    match event:
        case Event(kind="job", payload=Job(priority=p) as job) if p > 5:
            return f"urgent {job.name}"
        case Event(kind="job", payload=Job("cleanup") as job):
            return f"cleanup {job.priority}"
        case Event(kind=("start" | "stop") as k, payload=None as nothing):
            return f"control {k} {nothing}"
        case Event(kind=str() as k, payload=[first, *rest] as items):
            return f"{k} batch {first} +{len(rest)} of {len(items)}"
        case Event(kind=k):
            return f"other {k}"


for e in [Event("job", Job("a", 9)), Event("job", Job("cleanup", 2)), Event("start"), Event("bulk", [1, 2, 3]),
          Event(5)]:
    print(describe(e))
