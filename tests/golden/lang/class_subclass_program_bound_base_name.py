# A base named like a builtin or a runtime class that the program binds itself is the
# program's class, so subclassing it is no translation error.
class str:
    def __init__(self, text):
        self.text = text


class Name(str):
    def shout(self):
        return self.text.upper() + "!"


print(Name("ada").shout())


def local_base():
    tuple = Name

    class Pair(tuple):
        pass

    return Pair("x").shout()


print(local_base())
