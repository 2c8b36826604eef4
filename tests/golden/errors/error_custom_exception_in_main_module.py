class BadThing(Exception):
    pass


raise BadThing("it broke")
