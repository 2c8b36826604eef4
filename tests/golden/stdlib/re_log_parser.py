# A log-parsing program: compiled patterns with named groups, finditer over a log, counting
# and summarising with sub, split and groupdict, inside an asyncio pipeline.
import asyncio
import re

LOG = """\
2024-05-01 12:00:01 INFO  [web] GET /index.html 200 0.012s user=alice
2024-05-01 12:00:02 WARN  [db] slow query took 1.503s table=orders
2024-05-01 12:00:03 ERROR [web] POST /api/login 500 0.230s user=bob
2024-05-01 12:00:04 INFO  [web] GET /static/app.js 304 0.002s
malformed line here
2024-05-01 12:00:05 ERROR [auth] token expired for user=carol
2024-05-01 12:00:06 INFO  [web] GET /index.html 200 0.010s user=alice
"""

LINE = re.compile(
    r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+\[(?P<component>\w+)\] (?P<message>.*)$",
    re.M,
)
REQUEST = re.compile(r"(?P<method>GET|POST) (?P<path>\S+) (?P<status>\d{3}) (?P<secs>[\d.]+)s")
USER = re.compile(r"\buser=(\w+)")


async def parse(queue):
    for m in LINE.finditer(LOG):
        await queue.put(m)
        await asyncio.sleep(0)
    await queue.put(None)


async def summarise(queue):
    levels, users, slow = {}, {}, []
    while (m := await queue.get()) is not None:
        levels[m["level"]] = levels.get(m["level"], 0) + 1
        for user in USER.findall(m["message"]):
            users[user] = users.get(user, 0) + 1
        req = REQUEST.search(m["message"])
        if req and float(req["secs"]) > 0.1:
            slow.append((req["method"], req["path"], int(req["status"])))
        if m["level"] == "ERROR":
            print("error:", m.expand(r"\g<time> \g<component>: ") + USER.sub("user=<hidden>", m["message"]))
    return levels, users, slow


async def main():
    queue = asyncio.Queue()
    _, (levels, users, slow) = await asyncio.gather(parse(queue), summarise(queue))
    print(sorted(levels.items()), sorted(users.items()), slow)
    unparsed = [line for line in LOG.splitlines() if not LINE.match(line)]
    print("unparsed:", unparsed)
    print(re.split(r"\s+", LOG.splitlines()[1], maxsplit=4))
    print(LINE.search(LOG, 100))


asyncio.run(main())
