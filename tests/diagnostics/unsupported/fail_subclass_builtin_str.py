# str has no subclass layout in pyrt yet: the class statement stops translation at its base.
class Name(str):
    def shout(self):
        return self.upper() + "!"


print(Name("ada").shout())
