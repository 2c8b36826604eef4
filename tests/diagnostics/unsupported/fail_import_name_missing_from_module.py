from typing import Any, NamedTuple
from math import sqrt, tau, gamma
