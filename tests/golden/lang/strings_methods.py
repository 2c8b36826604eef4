s = "  Hello, World  "
print(s.strip(), s.lower(), s.upper(), s.split(","), s.strip().split())
print("-".join(["a", "b", "c"]), "abc".replace("b", "B"), "a,b,,c".split(","))
print("hello".startswith("he"), "hello".endswith("lo"), "hello".find("l"), "hello".count("l"))
print("héllo", len("héllo"), "héllo"[1], "abcdef"[1:4], "abcdef"[::-1], "abc" * 2)
print(repr("it's"), repr('say "hi"'), repr("tab\t"), str(42), "x" in "xyz")
print("{} and {}".format("a", "b"), "{0}{1}{0}".format("x", "y"), "{name}!".format(name="n"))
print("a b".title(), "42".zfill(5), "ab".center(6, "*"), "x".ljust(3) + "|", "Abc".isalpha())
