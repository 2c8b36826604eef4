class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    kind = "dog"

    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)

    def speak(self):
        return super().speak() + " (woof)"


d = Dog("rex", ["sit"])
print(d.speak(), d.kind, Animal.kind)
print(d, isinstance(d, Animal), issubclass(Dog, Animal))
print([Dog("a"), Animal("b")])
