class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


with Resource("a") as r, Resource("b"):
    print("inside", r.name)

with Resource("c"):
    raise KeyError("suppressed")
print("after suppressed")

try:
    with Resource("d"):
        raise ValueError("escapes")
except ValueError as e:
    print("caught", e)


def early():
    with Resource("e"):
        return "returned"


print(early())
