def counter(n):
    for i in range(n):
        received = yield i
        if received:
            print("received", received)
    return "counter done"


def delegator():
    result = yield from counter(3)
    print("delegate result", result)
    yield "last"


g = delegator()
print(next(g))
print(g.send("hi"))
print(list(g))


def squares():
    try:
        n = 0
        while True:
            yield n * n
            n += 1
    finally:
        print("squares closed")


for sq in squares():
    if sq > 10:
        break
    print(sq)
print(sum(x for x in range(10) if x % 3 == 0))
