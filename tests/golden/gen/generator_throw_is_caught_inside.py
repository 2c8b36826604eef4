def tolerant():
    while True:
        try:
            value = yield
            print("value", value)
        except ValueError as e:
            print("recovered from", e)


g = tolerant()
next(g)
g.send(1)
g.throw(ValueError("bad input"))
g.send(2)
try:
    g.throw(KeyError("fatal"))
except KeyError as e:
    print("escaped", e)
