# Subclasses of weakref.ref: extra attributes, __slots__, KeyedRef, callbacks (§5.1)
import gc
import sys
import weakref


class C:
    pass


class MyRef(weakref.ref):
    def __init__(self, ob, callback=None):
        super().__init__(ob, callback)
        self.note = "hello"


class Tagged(weakref.ref):
    __slots__ = ("tag",)

    def __new__(cls, ob, tag, callback=None):
        self = super().__new__(cls, ob, callback)
        self.tag = tag
        return self

    def __init__(self, ob, tag, callback=None):
        super().__init__(ob, callback)


o = C()
basic = weakref.ref(o)
m1 = MyRef(o)
m2 = MyRef(o)
print(m1 is m2, m1() is o, m1.note, type(m1).__name__, isinstance(m1, weakref.ref))
print(m1 == basic, hash(m1) == hash(basic))
t = Tagged(o, "t1", lambda r: print("tagged callback", r.tag, r()))
print(t.tag, t() is o)
refs = weakref.getweakrefs(o)
print(len(refs), refs[0] is basic, refs[1] is t, refs[2] is m2, refs[3] is m1)
k = weakref.KeyedRef(o, None, "key")
print(k.key, k() is o, type(k).__name__, k.__callback__)
try:
    t.other = 1
except AttributeError as e:
    print("AttributeError:", e)
m1.__dict__["more"] = 2
print(m1.more, sorted(m1.__dict__))
print(repr(m1).startswith("<weakref at 0x"))
del o
print(m1(), t(), k(), m1.note)

# A subclass instance in a cycle with its own callback
a = C()
a.ref = MyRef(a, lambda r: print("never called"))
del a
print("collected:", gc.collect())

# a class that overrides __call__
class Deref(weakref.ref):
    def __call__(self):
        obj = super().__call__()
        return "dead" if obj is None else "alive"


o = C()
d = Deref(o)
print(d())
del o
print(d())
