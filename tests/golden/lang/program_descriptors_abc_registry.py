# A program as users write it: data descriptors with __set_name__, an ABC registry through
# __init_subclass__ keywords and __class_getitem__, super() in coroutines, vars() of
# classes whose metaclass is ABCMeta.
import asyncio
from abc import ABC, abstractmethod


class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int, not {type(value).__name__}")
        setattr(obj, self.name, value)


class Model(ABC):
    registry = {}

    def __init_subclass__(cls, /, table=None, **kw):
        super().__init_subclass__(**kw)
        if table:
            Model.registry[table] = cls

    @abstractmethod
    async def save(self): ...

    def __class_getitem__(cls, key):
        return Model.registry[key]


class User(Model, table="users"):
    uid = Field()
    age = Field()

    def __init__(self, uid, age):
        self.uid = uid
        self.age = age

    async def save(self):
        await asyncio.sleep(0)
        return f"saved user {self.uid} ({self.age})"


class Admin(User, table="admins"):
    async def save(self):
        base = await super().save()
        return base + " as admin"


async def main():
    print(Model.registry, Model["users"] is User)
    users = [User(1, 30), Admin(2, 40)]
    print(await asyncio.gather(*(u.save() for u in users)))
    try:
        User(3, "old")
    except TypeError as e:
        print("TypeError:", e)
    try:
        Model()
    except TypeError as e:
        print("TypeError:", e)
    print(type(User.uid).__name__, vars(users[0]), sorted(k for k in vars(User) if not k.startswith("__")))
    print(list(vars(Model)), list(vars(User))[:4])
    print(type(Model).__name__, isinstance(users[1], Model), Admin.__mro__[1:3])


asyncio.run(main())
