from __future__ import annotations


def f(x: (lambda: int)):
    pass
