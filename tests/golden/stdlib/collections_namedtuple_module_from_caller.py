# namedtuple's class takes __module__ from the module that called namedtuple
# (sys._getframe(1).f_globals['__name__'] in Lib/collections/__init__.py).
from collections import namedtuple

P = namedtuple("P", "a")
print(P.__module__, repr(P))
