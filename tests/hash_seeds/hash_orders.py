# What PYTHONHASHSEED changes: the hashes of str and bytes (and of what hashes them: tuples,
# frozensets), and so the iteration order of sets, set displays and frozensets of strings.
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
print(hash("abc"), hash(b"abc"), hash(("a", 1)), hash(frozenset({"x", "y"})), hash(1.5), hash(-1), hash(2**70))
print(set(words), frozenset(words))
print({"x", "y", "z", "w"}, {"red", "green", "blue", "cyan", "magenta"})
s = set()
for w in words:
    s.add(w)
s.discard("beta")
print(s, sorted(s) == sorted(set(words) - {"beta"}), {c for c in "hashseed"})
