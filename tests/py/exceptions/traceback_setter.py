import sys

def boom():
    raise KeyError("k")

try:
    boom()
except KeyError as e:
    saved = e
tb = saved.__traceback__
print("traceback refcount", sys.getrefcount(tb))
saved.__traceback__ = tb
print("after assigning the same traceback back", sys.getrefcount(tb))
saved.__traceback__ = None
print("after assigning None", sys.getrefcount(tb), saved.__traceback__)
