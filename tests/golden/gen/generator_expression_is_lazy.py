def noisy(n):
    for i in range(n):
        print("producing", i)
        yield i


squares = (x * x for x in noisy(3))
print("created")
print(next(squares))
print(list(squares))
print(sum(x for x in range(100) if x % 7 == 0))
print(any(x > 2 for x in [1, 2, 3]), all(x for x in []))
