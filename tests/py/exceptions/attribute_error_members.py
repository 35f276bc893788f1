# AttributeError's name and obj members: set by attribute lookups (also on an
# AttributeError raised by __getattr__), not by stores or deletions; keyword-only in the
# constructor, writable, not in __dict__.
import sys


class S:
    __slots__ = ("a",)


class P:
    pass


class G:
    def __getattr__(self, n):
        raise AttributeError("custom")


class H:
    def __getattr__(self, n):
        raise AttributeError("preset", name="given", obj=5)


s = S()
p = P()
try:
    s.b = 1
except AttributeError as e:
    print("set", e.name, e.obj)
try:
    del s.a
except AttributeError as e:
    print("delslot", e.name, e.obj)
try:
    s.a
except AttributeError as e:
    print("getslot", e.name, e.obj is s)
try:
    del p.zz
except AttributeError as e:
    print("del", e.name, e.obj)
try:
    sys.nothere
except AttributeError as e:
    print("mod", e.name, e.obj is sys)
try:
    int.nothere
except AttributeError as e:
    print("type", e.name, e.obj is int)
try:
    getattr(p, "q")
except AttributeError as e:
    print("getattr", e.name, e.obj is p)
print(getattr(p, "q", "default"), hasattr(p, "q"))
g = G()
try:
    g.x
except AttributeError as e:
    print("custom", e.name, e.obj is g, e)
try:
    H().x
except AttributeError as e:
    print("preset", e.name, e.obj)
e = AttributeError("m", name="n", obj=5)
print(e.name, e.obj, e.args, e.__dict__)
e.name = "zz"
e.obj = None
print(e.name, e.obj, e.__dict__)
print(AttributeError("x").name, AttributeError().obj)
try:
    AttributeError("m", foo=1)
except TypeError as err:
    print(err)


class Sub(AttributeError):
    pass


try:
    raise Sub("sub")
except AttributeError as e:
    print(type(e).__name__, e.name, e.obj)


def in_function(o):
    for _ in range(2):
        try:
            o.missing
        except AttributeError as e:
            print("fn", e.name, type(e.obj).__name__)


in_function(p)
in_function(3)
x = P()
x.self_ref = None
try:
    x.nope
except AttributeError as err:
    x.self_ref = err
print(sys.getrefcount(x) - sys.getrefcount(P()))
