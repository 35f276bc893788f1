# __slots__ names are member descriptors in the class namespace (member_descriptor):
# class access, __get__/__set__/__delete__, shadowing, inheritance, conflicts, gc.
import gc, sys, weakref
class P:
    __slots__ = ('y', 'x')
    def __init__(self):
        self.x = 1
print(P.x, P.y, type(P.x).__name__)
print(sorted(k for k in vars(P) if not k.startswith('__')), '__dict__' in vars(P))
p = P()
print(p.x, P.x.__get__(p), P.x.__get__(None, P) is P.x)
try:
    p.y
except AttributeError as e:
    print(e)
P.y.__set__(p, 5); print(p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print(e)
try:
    P.x.__get__(3)
except TypeError as e:
    print(e)
class Q(P):
    x = 'class attr'
q = Q(); print(q.x)
try:
    q.x = 7
except AttributeError as e:
    print(e)
print(sys.getrefcount(P), gc.is_tracked(P.x), P.x.__name__, P.x.__objclass__ is P)
print(repr(P.__dict__['x']))
setattr(p, 'y', 9); print(getattr(p, 'y'), hasattr(p, 'x'))
object.__setattr__(p, 'x', 10); print(p.x)
try:
    p.z = 1
except AttributeError as e:
    print(e)
gc.collect()


def make():
    class S:
        __slots__ = ("a", "b", "__weakref__")

        def __init__(self):
            self.a = [1]
            self.b = "b"

    return S


S = make()
s = S()
r = weakref.ref(S)
print(sys.getrefcount(S), len(gc.get_referrers(S)))
print(sorted(type(x).__name__ for x in gc.get_referrers(S)))
del s, S
print(r() is not None, gc.collect() > 0, r())


class Base:
    __slots__ = ("x",)


class Derived(Base):
    __slots__ = ("y",)


d = Derived()
d.x, d.y = 1, 2
print(Base.x, Derived.y, Derived.x is Base.x, d.x, d.y, sys.getsizeof(d))
print(Base.x.__objclass__, Derived.y.__qualname__, Base.x.__name__)
try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(e)
