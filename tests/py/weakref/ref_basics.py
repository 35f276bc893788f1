# weakref.ref: sharing, list order, callbacks, equality, hash, repr (memory model §5.1-5.3)
import weakref


class C:
    def __init__(self, n):
        self.n = n


def cb_factory(tag):
    def cb(ref):
        print("callback", tag, ref() is None, type(ref).__name__)
    return cb


o = C(1)
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print("basic ref shared:", r1 is r2)
p = weakref.proxy(o)
r3 = weakref.ref(o, cb_factory(3))
r4 = weakref.ref(o, cb_factory(4))
print("count:", weakref.getweakrefcount(o))
refs = weakref.getweakrefs(o)
print("order:", refs[0] is r1, refs[1] is p, refs[2] is r4, refs[3] is r3)
print("callback attrs:", r1.__callback__, r3.__callback__ is not None)
print("call:", r1() is o, r3().n)
print("equal while alive:", r1 == r3, r1 != r3, hash(r1) == hash(o))
print("repr alive:", repr(r1).startswith("<weakref at 0x"), "; to 'C' at 0x" in repr(r1))
del o
print("after del:", r1(), r3(), r4())
print("dead equality:", r3 == r4, r3 == r3, r3 != r4)
print("repr dead:", repr(r1).endswith("; dead>"))
print("hash of hashed dead ref kept:", hash(r1) == hash(r1))
try:
    hash(r3)
except TypeError as e:
    print("TypeError:", e)

# callbacks run newest first; a callback ref that died first is not called
o = C(2)
keep = [weakref.ref(o, cb_factory(i)) for i in range(4)]
del keep[1]
del o

# a ref to a temporary is dead at once
print("temporary:", weakref.ref(C(9))())

# weakrefable and not
def f():
    pass


print("function:", weakref.ref(f)() is f, "type:", weakref.ref(C)() is C)
print(repr(weakref.ref(f)).split(";")[1][:17], repr(weakref.ref(f)).endswith("(f)>"))
for bad in ([], {}, (), 1, "s", None, 1.5):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError:", e)
sw = SlottedWeak()
print("slots with __weakref__:", weakref.ref(sw)() is sw)
print(type(r1), weakref.ReferenceType is weakref.ref)
try:
    weakref.ref()
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref(sw, None, 3)
except TypeError as e:
    print("TypeError:", e)

# an exception in a callback is reported and ignored
def bad_cb(ref):
    raise ValueError("in callback")


o = C(3)
r = weakref.ref(o, bad_cb)
del o
print("after bad callback")
