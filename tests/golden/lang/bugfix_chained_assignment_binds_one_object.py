# A chained assignment evaluates its value once: every target gets the same object, whether it
# is a display (list, set, tuple), a lambda or an empty container (enum's _simple_enum relies on
# `body['_member_names_'] = member_names = []`).
body = {}
body["names"] = names = []
names.append("RED")
print(body["names"], body["names"] is names)
a = b = [1, 2]
c = d = {3, 4, 5}
e = f = (6, [])
g = h = lambda: 7
i = j = {}
print(a is b, c is d, e is f, e[1] is f[1], g is h, i is j)
a.append(3)
print(b, [x for x in (a, b)])
