# `with (cm as x):` is one with-item with a target (CPython 3.10+ parenthesized with-items);
# tree-sitter reads it as a parenthesized `as` pattern, which the translator once rejected.
class Manager:
    def __enter__(self):
        print("enter")
        return 42

    def __exit__(self, *exc):
        print("exit")
        return False


with (
    Manager() as x
):
    print("body", x)
with (Manager() as y):
    print("body", y)
