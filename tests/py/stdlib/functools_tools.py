import functools, gc, sys
from functools import total_ordering, cached_property, singledispatch, cmp_to_key, reduce

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.v < o.v
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1))
print(V.__gt__.__name__, V.__le__.__name__, V.__ge__.__name__, V.__gt__.__qualname__)
print(sorted(k for k in vars(V) if k.startswith('__') and k in ('__lt__','__gt__','__le__','__ge__')))
try: a > 5
except TypeError as e: print(e)

@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __ge__(self, o): return self.v >= o.v
print(G(1) < G(2), G(1) > G(2), G(2) <= G(2), G(3) >= G(2))
try:
    @total_ordering
    class N: pass
except ValueError as e: print(e)

class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        """the val"""
        self.n += 1
        print("computing")
        return 42
c = C(); print(c.val, c.val, c.n, c.__dict__, C.val.__doc__, type(C.val).__name__, C.val.attrname)
del c.val; print(c.val, c.n)
cp = cached_property(lambda self: 1)
try: cp.__get__(C())
except TypeError as e: print(e)
class S:
    __slots__ = ('a',)
    @cached_property
    def p(self): return 1
try: S().p
except TypeError as e: print(e)

@singledispatch
def show(x): return "object " + repr(x)
@show.register(int)
def _(x): return "int %d" % x
@show.register(list)
def _(x): return "list of %d" % len(x)
def for_str(x): return "str " + x
show.register(str, for_str)
print(show(1), show(True), show([1, 2]), show("s"), show(2.5), show.dispatch(bool).__name__)
print(show.registry[object] is show.__wrapped__, sorted(t.__name__ for t in show.registry))
try: show()
except TypeError as e: print(e)
try: show.register(5)
except TypeError as e: print(e)

def cmp(a, b): return (a > b) - (a < b)
K = cmp_to_key(cmp)
print(sorted([5, 2, 9, 1], key=K), sorted(["b", "a"], key=cmp_to_key(lambda x, y: -cmp(x, y))))
k1 = K(3); print(k1.obj, k1 < K(4), k1 == K(3), k1 != K(3), k1 >= K(4), type(k1).__name__)
k1.obj = 10; print(k1 > K(4))
try: k1 < 3
except TypeError as e: print(e)
try: hash(k1)
except TypeError as e: print(e)
try: K()
except TypeError as e: print(e)
try: cmp_to_key()
except TypeError as e: print(e)
print(gc.is_tracked(k1), hasattr(functools, 'KeyWrapper'))
o = object(); print(sys.getrefcount(o)); ko = K(o); print(sys.getrefcount(o)); del ko; print(sys.getrefcount(o))

print(reduce(lambda x, y: x * y, range(1, 6)), reduce(lambda x, y: x + [y], [1, 2], []), reduce(max, [3], 0))
for bad in [lambda: reduce(lambda a, b: a, []), lambda: reduce(len), lambda: reduce(len, 5), lambda: reduce(len, [1], 2, 3), lambda: reduce(function=len, iterable=[1])]:
    try: bad()
    except TypeError as e: print("TypeError:", e)
class Acc:
    def __init__(self, n): self.n = n
    def __del__(self): print("del Acc", self.n)
def add(x, y):
    print("add", x.n, y)
    return Acc(x.n + y)
print("result", reduce(add, [1, 2, 3], Acc(0)).n)
def boom(x, y): raise KeyError(y)
try: reduce(boom, [1, 2, 3])
except KeyError as e: print("KeyError", e)
