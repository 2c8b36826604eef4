# A module's function reads a global that only a computed setattr from the importer binds
# (as enum.global_enum binds re's flags), and a name nobody binds is still a NameError.
import lib

try:
    lib.read_flag()
except NameError as e:
    print(type(e).__name__, e)
for name, value in [("FLAG", 42)]:
    setattr(lib, name, value)
print(lib.read_flag())
try:
    lib.read_missing()
except NameError as e:
    print(type(e).__name__, e)
