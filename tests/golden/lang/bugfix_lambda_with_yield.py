# A lambda whose body contains `yield` is a generator function.
gen = lambda: (yield 3)
g = gen()
print(type(g).__name__, next(g))
try:
    g.send("sent")
except StopIteration as e:
    print("returned", e.value)
echo = lambda x: (yield x) or (yield x + 1)
print(list(echo(10)))
