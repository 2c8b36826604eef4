# print() without file= writes to sys.stdout as it is when called: an object with write()
# assigned to sys.stdout receives the pieces, None makes print do nothing, and restoring the
# original prints to the terminal again.
import sys


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        self.parts.append("<flush>")


original = sys.stdout
sink = Collect()
sys.stdout = sink
print("a", 1, [2], sep="-", end="!\n")
print()
print("flushed", flush=True)
sys.stdout = None
print("goes nowhere")
sys.stdout = original
print(sink.parts)
print("explicit file", file=sink)
print(sink.parts[-3:])
del sys.stdout
try:
    print("lost")
except RuntimeError as e:
    sys.stdout = original
    print(type(e).__name__, e)
