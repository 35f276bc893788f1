# weakref.proxy: forwarding, operators, callable proxies, ReferenceError (§5.3)
import weakref


class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return Vec(self.x + (other.x if isinstance(other, Vec) else other))

    def __radd__(self, other):
        return Vec(other + self.x)

    def __eq__(self, other):
        return isinstance(other, Vec) and other.x == self.x



    def __lt__(self, other):
        return self.x < other.x

    def __len__(self):
        return self.x

    def __getitem__(self, i):
        return i * 10

    def __str__(self):
        return "Vec(%d)" % self.x

    def __call__(self, y):
        return self.x * y

    def norm(self):
        return abs(self.x)

    def __neg__(self):
        return Vec(-self.x)

    def __bool__(self):
        return self.x != 0

    def __iter__(self):
        return iter(range(self.x))

    def __contains__(self, item):
        return item == 1


v = Vec(3)
p = weakref.proxy(v)
print(type(p).__name__, type(weakref.proxy(Vec)).__name__, isinstance(p, Vec), isinstance(p, (int, Vec)), isinstance(p, int))
print(p.x, p.norm(), (p + 1).x, (1 + p).x, (p + p).x, (-p).x)
p.y = 7
print(v.y, p.y)
del p.y
print(hasattr(v, "y"))
print(len(p), p[4], str(p), p(5), bool(p), list(p), 1 in p, 2 in p)
print(p == v, p == Vec(3), p != v, p < Vec(4))
print(weakref.proxy(v) is p, weakref.getweakrefcount(v))
print(repr(p).startswith("<weakproxy at 0x"), " to Vec at 0x" in repr(p))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)


def cb(proxy):
    print("proxy callback", type(proxy).__name__)


p2 = weakref.proxy(v, cb)
print(p2 is p, weakref.getweakrefcount(v))


def func(a, b=2):
    return a + b


fp = weakref.proxy(func)
print(type(fp).__name__, fp(1), fp(1, b=5), fp.__name__)
del v
for action in (lambda: p.x, lambda: len(p), lambda: p + 1, lambda: str(p), lambda: p(1)):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
print(repr(p).startswith("<weakproxy at 0x"), "to NoneType" in repr(p))
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
