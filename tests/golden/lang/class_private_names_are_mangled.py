# Private names (`__x`) in a class are mangled to `_Class__x`: attributes, methods, class
# variables, parameters and locals, nested functions and comprehensions, but not dunders.
class Account:
    __count = 0
    __slots__ = ("__balance", "owner")

    def __init__(self, owner, __initial=0):
        self.owner = owner
        self.__balance = __initial
        Account.__count += 1

    def __audit(self):
        return f"{self.owner}: {self.__balance}"

    def report(self):
        helper = lambda: self.__audit()
        return [helper() for _ in range(1)][0]

    @classmethod
    def count(cls):
        return cls.__count

    def __repr__(self):
        return "Account(" + self.__audit() + ")"


a = Account("ann", 5)
print(a.report(), Account.count(), repr(a))
print(sorted(k for k in vars(Account) if "__" in k and not k.endswith("__")))
print(a._Account__balance, hasattr(a, "__balance"))
try:
    a.__audit()
except AttributeError as e:
    print("AttributeError:", e)


class _Under:
    def __m(self):
        return "mangled with the leading underscores stripped"


print([k for k in vars(_Under) if k.endswith("__m")], _Under()._Under__m())


class Outer:
    class __Inner:
        pass

    def names(self):
        def inner():
            __local = "a local of a nested function"
            return __local
        return inner()


print(Outer().names(), [k for k in vars(Outer) if "Inner" in k])


class Annotated:
    __field: int = 1


print(Annotated.__annotations__)
try:
    class Missing:
        def f(self):
            return __nowhere
    Missing().f()
except NameError as e:
    print("NameError:", e)
