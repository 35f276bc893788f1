import sys

class E(Exception):
    pass

err = E("x")
try:
    raise err
except E:
    info = sys.exc_info()
    print("exc_info tuple holds", sys.getrefcount(err))
    del info
try:
    raise err
except E as e:
    try:
        raise E("inner")
    except E as e2:
        print("nested handlers outer", sys.getrefcount(err))
    print("back in outer handler", sys.getrefcount(err))
print("end", sys.getrefcount(err))
def f():
    try:
        raise err
    except E as e:
        return sys.getrefcount(e)
print("in function handler", f())
def g():
    try:
        raise err
    except E:
        raise
try:
    g()
except E:
    print("bare raise propagated", sys.getrefcount(err))
print("final", sys.getrefcount(err))
