# pyrt instances always have a __dict__, so __slots__ would silently accept attributes CPython refuses.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y
