pi = 3.14159265
n = 1234567
name = "py"
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:e} {pi:g}")
print(f"{n:,} {n:_} {n:>12} {n:x} {n:#o} {n:b} {-n:+}")
print(f"{name!r} {name:>5} {name:*^8} {name!s:3}")
print(f"{0.1 + 0.2} {1e16} {1e-5} {2.5:.0f} {3.5:.0f} {100:%} {0.25:.1%}")
print(f"{True} {None} {[1, 'a']} {(1,)} {{braces}}")
width = 6
print(f"{n:{width}} {'nested':>{width + 4}}")
