# A program in several files: a package with a subpackage, relative imports at each level,
# `import a.b as c`, `from pkg import submodule`, and a helper module beside the script.
import shapes
import shapes.geometry.area as area
from shapes import units
from shapes.units import scale, UNIT
import helpers
import sys

print("main:", __name__, __package__)
print("shapes:", shapes.__name__, shapes.__package__, shapes.__file__.endswith("shapes/__init__.py"))
print("units:", units.__name__, units.__package__, units.__file__.endswith("shapes/units.py"))
print("area:", area.__name__, area.__package__)
print(area.square(3), area.circle(1), scale(2), UNIT)
print(shapes.geometry.area is area, sys.modules["shapes.geometry.area"] is area)
print(shapes.units is units, hasattr(shapes, "geometry"))
print(helpers.describe(area.Square(2)))
print(type(area.Square(2)), area.Square.__module__, area.square.__module__)
print(helpers.__package__ == "", helpers.__file__.endswith("/helpers.py"))
print(sorted(n for n in sys.modules if n.startswith("shapes") or n == "helpers"))
