# from __future__ import annotations (PEP 563): annotations stay their source text, unevaluated.
from __future__ import annotations


def f(a: Undefined, b: list[int] = []) -> dict[str, "int"]:
    return {}


x: NotDefinedEither = 1


class C:
    attr: C | None = None


print(f.__annotations__)
print(__annotations__)
print(C.__annotations__)


def g(a: -1 + 2 * (3 - x) ** -y, b: not a and (b or c), c: (a and 0) if 0 else Tuple[int, ...],
      d: f(x, *y, k=1, **z) < 3 <= q is not None, e: {1: "a", **m}, h: {1, 2} | [3] & (4,),
      j: a.b.c[()], k: 1 .real, l: (1, 2), n: ~(-a) ** 2, o: (a if b else c) if d else e):
    pass


print(g.__annotations__)
