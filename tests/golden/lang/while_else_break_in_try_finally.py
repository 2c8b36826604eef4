# while ... else: a break routed through try/finally (and with) still skips
# the else clause; continue and exceptions through finally do not.


class Manager:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit")
        return False


def break_through_finally(stop):
    i = 0
    while i < 3:
        i += 1
        try:
            if i == stop:
                break
        finally:
            print("finally", i)
    else:
        print("else ran, i =", i)
    print("after loop, i =", i)


def continue_through_finally():
    i = 0
    while i < 3:
        i += 1
        try:
            continue
        finally:
            print("finally", i)
    else:
        print("else after continue, i =", i)


def break_through_nested_finally():
    i = 0
    while i < 5:
        i += 1
        try:
            try:
                if i == 2:
                    break
            finally:
                print("inner finally", i)
        finally:
            print("outer finally", i)
    else:
        print("not printed")
    print("done", i)


def break_through_with():
    n = 0
    while n < 2:
        n += 1
        with Manager():
            if n == 2:
                break
    else:
        print("not printed")
    print("with done", n)


def exception_skips_else():
    i = 0
    try:
        while i < 3:
            i += 1
            if i == 2:
                raise ValueError("stop at 2")
        else:
            print("not printed")
    except ValueError as e:
        print(type(e).__name__, e)


def break_in_except():
    i = 0
    while i < 3:
        i += 1
        try:
            raise KeyError(i)
        except KeyError:
            if i == 2:
                break
    else:
        print("not printed")
    print("broke in except at", i)


def finally_in_else():
    i = 0
    while i < 1:
        i += 1
    else:
        try:
            print("else body")
        finally:
            print("else finally")


break_through_finally(2)
break_through_finally(9)
continue_through_finally()
break_through_nested_finally()
break_through_with()
exception_skips_else()
break_in_except()
finally_in_else()
