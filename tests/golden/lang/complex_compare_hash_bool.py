# complex == and != with int, float and complex; ordering raises TypeError;
# hash(complex(x, 0)) == hash(x); truth value; use as dict and set keys.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(1 + 2j == 1 + 2j, 1 + 2j != 1 + 2j, 3 + 0j == 3, 3 == 3 + 0j, 3.0 == 3 + 0j, 3 + 1j == 3, 3 + 0j != 3.5)
print((1 + 0j) == True, 0j == False, 1j == "1j", 1j != None, 1j == [1j])
print(complex(2**53 + 1, 0) == 2**53 + 1, complex(2**53, 0) == 2**53 + 1, 1j == 10**400)
nan = complex(float("nan"), 0)
print(nan == nan, nan != nan, nan is nan)
print(1j in [0, 1j, 2], 2 in [2 + 0j], [1j, 2].index(2 + 0j), (1j, 2) == (1j, 2.0))

for op, f in [("<", lambda: 1j < 2j), (">", lambda: 1j > 2), ("<=", lambda: 1 <= 1j), (">=", lambda: 1.5 >= 1j),
              ("< str", lambda: 1j < "x"), ("sorted", lambda: sorted([2j, 1j])), ("max", lambda: max(1j, 2j))]:
    show(op, f)

for z in [1 + 2j, 1j, 0j, -0j, complex(1.5, 0), complex(-1, 0), complex(-1, -1), complex(7, 0), complex(0.1, 1e300),
          complex(float("inf"), 1), complex(2**60, 3)]:
    print(repr(z), hash(z))
print(hash(complex(2.5, 0)) == hash(2.5), hash(complex(7, 0)) == hash(7), hash(complex(-1, 0)) == hash(-1))
d = {7: "seven", 2.5: "two and a half", 1j: "i"}
print(d[7 + 0j], d[complex(2.5, 0)], d[1j], 0j in d, {1j, 1j, 2 + 0j, 2} == {2, 1j})

for z in [0j, -0j, 1j, 1 + 0j, complex(0, -0.0), complex(float("nan"), 0)]:
    print(repr(z), bool(z), "truthy" if z else "falsy", not z)
