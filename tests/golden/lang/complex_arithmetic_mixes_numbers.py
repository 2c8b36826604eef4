# complex arithmetic with int, bool, float and complex operands, both
# orders, augmented assignment, pow's two algorithms, and CPython's errors.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b, a ** 2, -a, +a)
print(a + 1, 1 + a, a - 1.5, 1.5 - a, a * True, False * a, a / 2, 2 / a, 2 ** a, a ** 0.5)
print(1j * 1j, 1j ** 2, (1 + 1j) ** 3, (1 + 1j) ** -3, (1 + 1j) ** 101, (2 + 0j) ** 101, 1j ** -2)
print((0.5 + 0.5j) ** 0.5, 2 ** (1 + 1j), (1 + 1j) ** (2 + 0j), 0j ** 0, 0j ** 0j, 0j ** 2)
print((-8) ** (1 / 3), (-8.0) ** 0.5, (-1) ** 0.5, pow(-2.0, 1.5), (-2) ** 2.0)
print(sum([1j, 2, 3.5]), sum([1 + 1j] * 3, 0j))
print(complex(1e308, 1e308) * 2, 1.5e300j * 1.5e300j, (1e-320 + 1e-320j) / 1e10)
print(1j / complex(float("nan"), 0), complex(float("inf"), 0) ** 2)

z = 1j
z += 1
z *= 2
z **= 2
z /= 4j
z -= 0.5
print(z)

show("1j / 0", lambda: 1j / 0)
show("1 / 0j", lambda: 1 / 0j)
show("1j / 0.0", lambda: 1j / 0.0)
show("0j ** -1", lambda: 0j ** -1)
show("0j ** 1j", lambda: 0j ** 1j)
show("0j ** -1.5", lambda: 0j ** -1.5)
show("1e200j ** 2", lambda: 1e200j ** 2)
show("(1e200 + 1j) ** 2.5", lambda: (1e200 + 1j) ** 2.5)
show("pow(1j, 2, 3)", lambda: pow(1j, 2, 3))
show("pow(2, 1j, 3)", lambda: pow(2, 1j, 3))
show("pow(2, 2, 1j)", lambda: pow(2, 2, 1j))
show("pow(1.5, 2, 1j)", lambda: pow(1.5, 2, 1j))
show("1j // 2", lambda: 1j // 2)
show("2 // 1j", lambda: 2 // 1j)
show("1j % 2", lambda: 1j % 2)
show("divmod(1j, 2)", lambda: divmod(1j, 2))
show("1j & 1", lambda: 1j & 1)
show("1j << 1", lambda: 1j << 1)
show("~1j", lambda: ~1j)
show("'a' * 1j", lambda: "a" * 1j)
show("[1] * 1j", lambda: [1] * 1j)
show("1j + 'a'", lambda: 1j + "a")
show("None - 1j", lambda: None - 1j)
show("10**400 + 1j", lambda: 10**400 + 1j)
show("1j * 10**400", lambda: 1j * 10**400)
