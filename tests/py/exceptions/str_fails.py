# An exception whose __str__ (or a KeyError whose key's __repr__) raises prints
# '<exception str() failed>', uncaught or through the traceback module.
import sys, traceback
class E(Exception):
    def __str__(self):
        raise ValueError("bad str")
try:
    raise E("x")
except E:
    traceback.print_exc(file=sys.stdout)
    print(traceback.format_exception_only(sys.exc_info()[1]))
class K(KeyError):
    pass
class R:
    def __repr__(self):
        raise ValueError
try:
    raise K(R())
except K:
    traceback.print_exc(file=sys.stdout)
raise E("y")
