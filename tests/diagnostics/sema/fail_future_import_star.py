# CPython's parser accepts `from __future__ import *`; its compiler (Python/future.c) refuses it.
from __future__ import *
