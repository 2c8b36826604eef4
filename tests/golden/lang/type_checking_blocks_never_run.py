# `if TYPE_CHECKING:` blocks hold imports only type checkers follow: they never run, so modules
# that are missing or that pyrt lacks may be named there, as under CPython.
from __future__ import annotations

import typing
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import json
    from a_module_that_does_not_exist import Thing
else:
    print("not type checking")

if typing.TYPE_CHECKING:
    from decimal import Decimal


def describe(value: Thing, amount: Decimal) -> json.JSONDecoder:
    return f"{value} {amount}"


print(describe("a", 2), describe.__annotations__)
print(TYPE_CHECKING, typing.TYPE_CHECKING)
