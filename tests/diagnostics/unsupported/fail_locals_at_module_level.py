# At module level locals() is globals(), a live view of the module, which pyrt keeps in C++ variables.
x = 1
print(locals()["x"])
print([dir() for _ in range(1)])
