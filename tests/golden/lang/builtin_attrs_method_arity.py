# Builtin methods registered from tables (name, function, arity) check their arguments before they
# run, naming the method as CPython does: "list.append()" for METH_O and METH_NOARGS methods and for
# keyword errors, the bare name for Argument Clinic's positional checks ("insert expected ...").
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for f in [lambda: [].append(), lambda: [].append(1, 2), lambda: [].insert(1), lambda: [].pop(1, 2), lambda: [].index(),
          lambda: [].reverse(1), lambda: [].append(x=1), lambda: [].insert(i=1), lambda: {}.get(), lambda: {}.popitem(1),
          lambda: {}.keys(1), lambda: {}.pop(), lambda: set().add(), lambda: set().pop(1), lambda: frozenset().issubset(),
          lambda: list.append([], 1, 2), lambda: dict.fromkeys(), lambda: [1, 2].pop(), lambda: {1: 2}.get(1),
          lambda: {1}.copy(), lambda: [3, 1].sort(reverse=True), lambda: list.append(1, 2), lambda: list.append()]:
    show(f)
names = ["join", "split", "rsplit", "strip", "lstrip", "rstrip", "replace", "upper", "lower", "casefold", "swapcase",
         "title", "capitalize", "isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isascii",
         "isprintable", "isupper", "islower", "istitle", "isidentifier", "zfill", "center", "ljust", "rjust", "encode",
         "splitlines", "partition", "rpartition", "removeprefix", "removesuffix", "expandtabs", "__format__",
         "translate"]
for n in names:
    m = getattr("a b", n)
    show(lambda: m(1, 2, 3, 4))
    show(lambda: m(x=1))
for n in ["isupper", "title", "partition", "join", "zfill", "removeprefix", "center", "replace"]:
    show(lambda: getattr("a", n)())
print("A b".lower(), "ab".partition("b"), "  x ".strip(), "x".center(5, "*"), [1, 2].index(2), {1: 2}.pop(1))
