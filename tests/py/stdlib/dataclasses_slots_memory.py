# dataclasses and memory: slots=True makes a new class with __slots__ and no __dict__ (its
# instances sized as CPython sizes them; the decorated class it replaced is garbage),
# weakref_slot, frozen slots, __del__ of dataclass instances, cycles of them collected,
# and tracemalloc's count for a thousand instances of each kind.
import gc
import sys
import tracemalloc
import weakref
from dataclasses import dataclass, field


@dataclass(slots=True)
class P:
    x: int
    y: int = 0


p = P(1, 2)
print(p, P.__slots__, hasattr(p, '__dict__'), '__dict__' in P.__dict__, '__weakref__' in P.__dict__)
print(sys.getsizeof(p), P.__qualname__, type(P.__dict__['x']).__name__, P.__init__.__qualname__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    weakref.ref(p)
except TypeError as e:
    print(e)


@dataclass
class D:
    x: int
    y: int = 0


d = D(1, 2)
print(sys.getsizeof(d), hasattr(d, '__dict__'), sys.getsizeof(d.__dict__), sys.getsizeof(D(3)))


@dataclass(slots=True, weakref_slot=True)
class W:
    a: int


w = W(1)
r = weakref.ref(w)
print(W.__slots__, r() is w, sys.getsizeof(w))
del w
print(r())


@dataclass(slots=True, frozen=True)
class F:
    a: int
    b: str = 'b'


f = F(1)
print(f, hash(f) == hash((1, 'b')), F.__getstate__(f), sys.getsizeof(f))
try:
    f.a = 2
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True)
class Base:
    a: int


@dataclass(slots=True)
class Child(Base):
    b: int


c = Child(1, 2)
print(c, Child.__slots__, sys.getsizeof(c), sys.getsizeof(Base(1)))


@dataclass(slots=True)
class NI:
    a: int
    b: int = field(init=False, default=5)


print(NI(1), sys.getsizeof(NI(1)))
try:
    @dataclass(slots=True)
    class Already:
        __slots__ = ('a',)
        a: int
except TypeError as e:
    print(e)


def count(name):
    return sum(1 for o in gc.get_objects() if isinstance(o, type) and o.__name__ == name)


@dataclass(slots=True)
class Gone:
    v: int


print('classes named Gone:', count('Gone'))
gc.collect()
print('after collect:', count('Gone'))


@dataclass
class Tracked:
    name: str
    other: object = None

    def __del__(self):
        print('del', self.name)


a = Tracked('a')
b = Tracked('b', a)
a.other = b
del a, b
print('cycle collected', gc.collect() >= 2)
t = Tracked('solo')
del t


@dataclass(slots=True)
class SCycle:
    name: str
    other: object = None

    def __del__(self):
        print('del slot', self.name)


x = SCycle('x')
y = SCycle('y', x)
x.other = y
del x, y
gc.collect()
print('after slot cycle')
print(gc.is_tracked(P(1, 2)), gc.is_tracked(D(1, 2)), sys.getrefcount(P))

tracemalloc.start()


def per_instance(make):
    before = tracemalloc.take_snapshot()
    objs = [make(i) for i in range(1000)]
    after = tracemalloc.take_snapshot()
    stats = after.compare_to(before, 'lineno')
    here = [s for s in stats if s.traceback[0].filename == __file__]
    return sum(s.size_diff for s in here) // 1000, len(objs)


print('slots', per_instance(lambda i: P(i, i)))
print('dict', per_instance(lambda i: D(i, i)))
print('frozen slots', per_instance(lambda i: F(i)))
tracemalloc.stop()
