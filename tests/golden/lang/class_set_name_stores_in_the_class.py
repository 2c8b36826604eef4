# __set_name__ runs for every descriptor of the class body even when one of them stores new
# attributes in the class (type.__new__ iterates a copy of the class dict), as enum's members do.
class Registering:
    def __init__(self, value):
        self.value = value

    def __set_name__(self, owner, name):
        print("set_name", name, self.value)
        setattr(owner, name, self.value * 10)
        setattr(owner, "_seen_" + name, True)
        for i in range(20):
            setattr(owner, f"_extra_{name}_{i}", i)


class Holder:
    A = Registering(1)
    B = Registering(2)
    C = Registering(3)

    def method(self):
        return 0


print(Holder.A, Holder.B, Holder.C, Holder._seen_C, Holder._extra_B_19)
print(sorted(k for k in vars(Holder) if not k.startswith("_extra")))
