# A folder without __init__.py is a namespace package (PEP 420), which pyrt cannot import yet.
import namespace_only.thing
