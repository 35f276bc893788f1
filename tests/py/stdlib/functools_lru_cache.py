import sys, gc
from functools import lru_cache, cache, wraps, update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES
import functools

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
print(type(fib), fib.__name__, fib.__qualname__, fib.__wrapped__.__name__, fib.cache_parameters())
fib.cache_clear(); print(fib.cache_info())

@lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info == (2, 4, 2, 2), tuple(info), info[1])

class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del R", self.n)
    def __repr__(self): return f"R({self.n})"

@lru_cache(maxsize=2)
def mk(n):
    return R(n)
mk(1); mk(2); print("evict"); mk(3); print("clear"); mk.cache_clear(); print("after")

x = object()
print(sys.getrefcount(x))
@lru_cache(maxsize=None)
def ident(o):
    return sys.getrefcount(o)
print(ident(x), sys.getrefcount(x))
print(ident(x), sys.getrefcount(x), ident.cache_info())

@lru_cache(maxsize=10)
def ident2(o, k=None):
    return sys.getrefcount(o)
print(ident2(x), sys.getrefcount(x))
print(ident2(x, k=1), sys.getrefcount(x))
ident2.cache_clear(); print(sys.getrefcount(x))
ident2(7); ident2(7); print(ident2.cache_info())

@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
@lru_cache()
def u(x): return type(x).__name__
print(u(1), u(1.0), u(True), u.cache_info())

try: sq([1])
except TypeError as e: print("TypeError", e)
try: lru_cache("x")
except TypeError as e: print("TypeError", e)
z = lru_cache(maxsize=0)(lambda a: a)
print(z(1), z(1), z.cache_info())
neg = lru_cache(maxsize=-5)(lambda a: a); neg(1); print(neg.cache_info())

@cache
def c(a, b=2): return a + b
print(c(1), c(1), c(1, b=2), c(a=1), c.cache_info())
print(gc.is_tracked(c))

class K:
    @lru_cache
    def m(self, v): return v * 2
k = K(); print(k.m(3), k.m(3), K.m.cache_info(), K.m is K.__dict__['m'])

def deco(f):
    @wraps(f)
    def inner(*a, **kw):
        """inner doc"""
        return f(*a, **kw)
    return inner
@deco
def hello(a):
    """hello doc"""
    return a
hello.extra = 1
print(hello.__name__, hello.__doc__, hello.__qualname__, hello.__module__, hello.__wrapped__.__name__, hello(5))
def w2(): pass
w2.__dict__['x'] = 1
def w1(): pass
update_wrapper(w1, w2, assigned=('__name__',), updated=())
print(w1.__name__, w1.__wrapped__ is w2, hasattr(w1, 'x'))
print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)
print(repr(fib).startswith('<functools._lru_cache_wrapper object at 0x'))
ci = fib.cache_info()
print(isinstance(ci, tuple), ci == (0, 0, 128, 0), ci._fields, ci._asdict(), len(ci), ci[2], hash(ci) == hash(tuple(ci)))
h, m, mx, cs = sq.cache_info(); print(h, m, mx, cs)
