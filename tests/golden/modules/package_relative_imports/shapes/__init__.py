print("shapes/__init__ runs:", __name__, __package__)
from . import units
from .units import UNIT as DEFAULT_UNIT
