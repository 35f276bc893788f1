"""A running frame holds its function (f_func): how many references a function has
while it runs depends on who called it. Python's CALL moves the caller's reference into
the frame; a call from C (map, a slot, type.__call__, f(*args)) keeps its own and the
frame takes another. A suspended generator and a frame kept by a traceback or by
sys._getframe() hold the function too, until they are cleared."""
import sys


def rc(obj):
    return sys.getrefcount(obj) - 1  # not counting getrefcount's own argument


def plain(a):
    print("plain", rc(plain))


def with_default(a, b=2):
    print("with_default", rc(with_default))


def star(*args):
    print("star", rc(star))


x = object()
plain(x)                      # CALL: the frame has the caller's reference
with_default(1)               # not all parameters given: same
with_default(1, b=3)          # keyword arguments: same
with_default(*(1,))           # CALL_FUNCTION_EX: the caller keeps its own
with_default(**{"a": 1})
star(1, 2)
list(map(plain, [x]))         # called from C: map's reference and the frame's


def caller():
    plain(x)
    with_default(*(1,))
    list(map(plain, [x]))


caller()


class K:
    def method(self, a=1):
        print("method", rc(K.__dict__["method"]))

    def __call__(self):
        print("__call__", rc(K.__dict__["__call__"]))

    def __len__(self):
        print("__len__", rc(K.__dict__["__len__"]))
        return 0

    def __getitem__(self, i):
        print("__getitem__", rc(K.__dict__["__getitem__"]))
        return i

    def __eq__(self, other):
        print("__eq__", rc(K.__dict__["__eq__"]))
        return True

    __hash__ = None


k = K()
k.method()
k.method(a=2)
k.method(*())
K.method(k)
bound = k.method
bound()                        # the bound method holds the function too
bound(*())
k()
len(k)
k[0]
k == 1
print(sorted([3, 1, 2], key=lambda v: print("key", rc(K)) or v))


class Init:
    def __init__(self, a, b=0):
        print("__init__", rc(Init.__dict__["__init__"]))


Init(1)                        # slot_tp_init's reference and the frame's
Init(1, b=2)
Init(*(1,))


class New:
    def __new__(cls, *args):
        print("__new__ is", type(New.__dict__["__new__"]).__name__)
        print("__new__", rc(New.__dict__["__new__"].__func__))
        return super().__new__(cls)

    def __init__(self, *args):
        print("New.__init__", rc(New.__dict__["__init__"]))


New(1)
print("New.__new__ is the function:", New.__new__ is New.__dict__["__new__"].__func__)


def gen():
    yield rc(gen)
    yield rc(gen)


print("before", rc(gen))
g = gen()
print("suspended, not started", rc(gen))
print("running", next(g))
print("suspended", rc(gen))
print(list(g), "exhausted", rc(gen))
g2 = gen()
next(g2)
g2.close()
print("closed", rc(gen))
g3 = gen()
del g3
print("deleted", rc(gen))


def fails():
    raise ValueError("boom")


try:
    fails()
except ValueError as e:
    tb = e.__traceback__
print("traceback kept", rc(fails))
del tb
print("traceback dropped", rc(fails))


def own_frame():
    return sys._getframe()


fr = own_frame()
print("frame object kept", rc(own_frame), fr.f_code.co_name)
del fr
print("frame object dropped", rc(own_frame))


def outer():
    y = 1

    def inner():
        print("closure", rc(inner), y)

    inner()


outer()
lam = lambda: print("lambda", rc(lam))  # noqa: E731
lam()
