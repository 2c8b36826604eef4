# The script runs as __main__, which has no package to be relative to.
from . import sibling
