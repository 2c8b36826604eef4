from typing import Any, NamedTuple
from time import monotonic, asctime
