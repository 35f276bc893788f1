# A module's repr: its __name__ now ('?' without one), and the file it came from.
import os, types
import _helper

here = os.path.dirname(os.path.abspath(__file__))
print(repr(_helper).replace(here, "<here>"))
m = types.ModuleType("orig")
m.__name__ = "renamed"
print(repr(m))
m.__file__ = "/x/y.py"
print(repr(m))
del m.__name__
print(repr(m))
