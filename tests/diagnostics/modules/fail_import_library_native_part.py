# The library's own native parts (types.py's, collections' namedtuple) are no module a program
# can import, as CPython has none: CPython's words, at the import.
import types
import _py2cpp_types
