# Unbounded recursion raises RecursionError at CPython's limit; uncaught, it
# ends the program with status 1 after the buffered output.
def countdown(n):
    return countdown(n + 1)


print("before the recursion")
countdown(0)
print("not reached")
