xs = [3, 1, 2]
xs.append(4)
xs.extend([5, 6])
xs.insert(0, 0)
print(xs, xs.pop(), xs.pop(0), xs, len(xs), xs[1:3], xs[-1], sorted(xs, reverse=True))
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.values()), list(d.items()), d.get("z", 0), "a" in d)
del d["b"]
print(d, {k: v * 2 for k, v in d.items()}, d.pop("a"), d)
s = {3, 1, 2}
s.add(5)
print(s, 2 in s, s | {9}, s & {1, 2}, s - {1}, len(s), set(), sorted({"b", "a"}))
t = (1, "two", 3.0)
print(t, t[1], t + (4,), len(t), t.index("two"), (1,), ())
print(list(range(5)), list(range(2, 10, 3)), list(enumerate("ab")), list(zip([1, 2], "xy")))
print([x * x for x in range(6) if x % 2], {x % 3 for x in range(10)}, list(map(str, [1, 2])))
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
