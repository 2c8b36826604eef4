class AppError(Exception):
    pass


class DetailError(AppError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


def risky(n):
    try:
        if n == 0:
            raise DetailError(7)
        if n == 1:
            return 1 / 0
        value = n * 2
    except DetailError as e:
        print("detail", e, e.code, e.args)
        return "handled"
    except (ZeroDivisionError, KeyError) as e:
        print("arith", type(e).__name__, e)
        return "arith"
    else:
        print("no error", value)
        return value
    finally:
        print("finally", n)


for n in range(3):
    print("->", risky(n))

try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(e, repr(e.__cause__))

for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("cleanup", i)
