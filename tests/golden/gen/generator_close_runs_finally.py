def worker():
    try:
        yield "first"
        yield "second"
    finally:
        print("worker cleanup")


g = worker()
print(next(g))
g.close()
print("closed")
try:
    next(g)
except StopIteration:
    print("exhausted")
