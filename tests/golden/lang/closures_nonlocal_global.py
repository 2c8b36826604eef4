total = 0


def make_counter():
    count = 0

    def inc(by=1):
        nonlocal count
        count += by
        return count

    return inc


def add_to_total(x):
    global total
    total += x


c = make_counter()
print(c(), c(), c(5))
add_to_total(10)
add_to_total(5)
print(total)
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
print((lambda *a, **k: (a, k))(1, 2, z=3))
