# -*- coding: latin-1 -*-
# A PEP 263 declaration decodes the file: the byte 0xe9 below is U+00E9, as in CPython.
s = "café"
print(len(s), ord(s[-1]), s.upper() == "CAFÉ")
