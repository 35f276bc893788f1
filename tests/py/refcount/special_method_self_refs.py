"""How many references self has inside a special method, for the ways CPython 3.11 calls
it: a bound method holds self (_PyObject_LookupSpecial), a slot passes it borrowed, a call
with keywords unpacks a kwargs dict onto a stack holding it again, the argument tuple of a
METH_VARARGS builtin (dir, vars, min, max) holds it, and an inherited C slot (a dict
subclass's mp_subscript) is called without a method call in between."""
import copy
import gc
import sys
import weakref
def rc(o):
    return sys.getrefcount(o) - 1
class D:
    def __add__(self, o):
        print('__add__', rc(self) if 'self' in dir() else -1); return 1
    def __radd__(self, o):
        print('__radd__', rc(self) if 'self' in dir() else -1); return 1
    def __iadd__(self, o):
        print('__iadd__', rc(self) if 'self' in dir() else -1); return self
    def __neg__(self):
        print('__neg__', rc(self) if 'self' in dir() else -1); return 1
    def __lt__(self, o):
        print('__lt__', rc(self) if 'self' in dir() else -1); return True
    def __bool__(self):
        print('__bool__', rc(self) if 'self' in dir() else -1); return True
    def __iter__(self):
        print('__iter__', rc(self) if 'self' in dir() else -1); return iter([1])
    def __contains__(self, x):
        print('__contains__', rc(self) if 'self' in dir() else -1); return True
    def __setitem__(self, k, v):
        print('__setitem__', rc(self) if 'self' in dir() else -1)
    def __delitem__(self, k):
        print('__delitem__', rc(self) if 'self' in dir() else -1)
    def __enter__(self):
        print('__enter__', rc(self) if 'self' in dir() else -1); return self
    def __exit__(self, *a):
        print('__exit__', rc(self) if 'self' in dir() else -1); return False
    def __repr__(self):
        print('__repr__', rc(self) if 'self' in dir() else -1); return 'D'
    def __str__(self):
        print('__str__', rc(self) if 'self' in dir() else -1); return 'D'
    def __format__(self, spec):
        print('__format__', rc(self) if 'self' in dir() else -1); return 'D'
    def __hash__(self):
        print('__hash__', rc(self) if 'self' in dir() else -1); return 1
    def __eq__(self, o):
        print('__eq__', rc(self) if 'self' in dir() else -1); return True
    def __getattr__(self, name):
        print('__getattr__', rc(self) if 'self' in dir() else -1); return 1
    def __call__(self, *a, **k):
        print('__call__', rc(self) if 'self' in dir() else -1); return 1
    def __index__(self):
        print('__index__', rc(self) if 'self' in dir() else -1); return 1
    def __next__(self):
        print('__next__', rc(self) if 'self' in dir() else -1); raise StopIteration
    @property
    def prop(self):
        print('prop', rc(self) if 'self' in dir() else -1); return 1
    @prop.setter
    def prop(self, v):
        print('prop set', rc(self) if 'self' in dir() else -1)
    @classmethod
    def cm(cls):
        print('cm', rc(self) if 'self' in dir() else -1)
    @staticmethod
    def sm():
        print('sm', rc(self) if 'self' in dir() else -1)
    def meth(self):
        print('meth', rc(self) if 'self' in dir() else -1)
class Desc:
    def __get__(self, obj, t=None):
        print('__get__', rc(self) if 'self' in dir() else -1); return 1
    def __set__(self, obj, v):
        print('__set__', rc(self) if 'self' in dir() else -1)
class H:
    d = Desc()
d = D()
d + 1; 1 + d
x = d; x += 1
-d; d < 1; bool(d)
if d: pass
for _ in d: pass
1 in d
d[1] = 2; del d[1]
with d: pass
repr(d); str(d); f"{d}"; format(d, 'x'); hash(d); d == 1
d.missing
d(); d(1, k=2)
[0, 1][d]
next(d, None)
d.prop; d.prop = 1
d.cm(); D.cm(); d.sm(); D.sm()
d.meth(); m = d.meth; m()
h = H(); h.d; h.d = 1
sum([1], 0)
list(map(lambda v: print('map lambda', rc(v)), [d]))
def deco(f):
    print('deco', rc(f)); return f
@deco
def decorated(): pass
class Meta(type):
    def __call__(cls, *a):
        print('Meta.__call__', rc(self) if 'self' in dir() else -1); return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __init__(self):
        print('WithMeta.__init__', rc(self) if 'self' in dir() else -1)
WithMeta()
class Sub(D):
    def meth(self):
        print('Sub.meth', rc(self) if 'self' in dir() else -1)
        super().meth()
Sub().meth()
g = (print('genexpr', rc(v)) for v in [d])
list(g)
print([rc(v) for v in [d]])
class Desc2:
    def __get__(self, obj, t=None):
        return 1
    def __delete__(self, obj):
        print('__delete__', rc(self) if 'self' in dir() else -1)
    def __set_name__(self, owner, name):
        print('__set_name__', rc(self) if 'self' in dir() else -1)
class H2:
    d = Desc2()
del H2().d
class GA:
    def __getattribute__(self, name):
        print('__getattribute__', rc(self) if 'self' in dir() else -1); return 1
GA().x
class Base:
    def __init_subclass__(cls, **kw):
        print('__init_subclass__', rc(self) if 'self' in dir() else -1)
    def __class_getitem__(cls, item):
        print('__class_getitem__', rc(self) if 'self' in dir() else -1); return cls
class Derived(Base): pass
Base[int]
class Miss(dict):
    def __missing__(self, k):
        print('__missing__', rc(self) if 'self' in dir() else -1); return 0
Miss()[1]
class S:
    def __len__(self):
        print('__len__', rc(self) if 'self' in dir() else -1); return 1
    def __reversed__(self):
        print('__reversed__', rc(self) if 'self' in dir() else -1); return iter([])
    def __round__(self, n=None):
        print('__round__', rc(self) if 'self' in dir() else -1); return 1
    def __abs__(self):
        print('__abs__', rc(self) if 'self' in dir() else -1); return 1
    def __int__(self):
        print('__int__', rc(self) if 'self' in dir() else -1); return 1
    def __float__(self):
        print('__float__', rc(self) if 'self' in dir() else -1); return 1.0
    def __sizeof__(self):
        print('__sizeof__', rc(self) if 'self' in dir() else -1); return 10
    def __dir__(self):
        print('__dir__', rc(self) if 'self' in dir() else -1); return []
    def __copy__(self):
        print('__copy__', rc(self) if 'self' in dir() else -1); return self
    def __deepcopy__(self, memo):
        print('__deepcopy__', rc(self) if 'self' in dir() else -1); return self
    def __getitem__(self, i):
        if i > 1: raise IndexError
        print('__getitem__ iter', rc(self) if 'self' in dir() else -1); return i
    def __del__(self):
        print('__del__', rc(self) if 'self' in dir() else -1)
s = S()
bool(s); len(s); reversed(s); round(s); abs(s); int(s); float(s); sys.getsizeof(s); dir(s)
copy.copy(s); copy.deepcopy(s)
list(s.__class__.__getitem__(s, i) for i in range(1))
for _ in S(): pass
del s
gc.collect()
class Meta(type):
    def __instancecheck__(cls, o):
        print('__instancecheck__', rc(self) if 'self' in dir() else -1); return True
    def __subclasscheck__(cls, o):
        print('__subclasscheck__', rc(self) if 'self' in dir() else -1); return True
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('__prepare__', rc(self) if 'self' in dir() else -1); return {}
class M(metaclass=Meta): pass
isinstance(1, M); issubclass(int, M)
def keyf(v):
    print('key', rc(keyf)); return v
sorted([1], key=keyf); min([1, 2], key=keyf); max([1], key=keyf)
class W: pass
def cb(r):
    print('weakref cb', rc(cb))
w = W(); r = weakref.ref(w, cb); del w
def gccb(phase, info):
    if phase == 'start': print('gc cb', rc(gccb))
gc.callbacks.append(gccb); gc.collect(); gc.callbacks.remove(gccb)
class Str:
    def __str__(self):
        print('print __str__', rc(self) if 'self' in dir() else -1); return 's'
print(Str())
class It:
    def __iter__(self): return self
    def __next__(self):
        print('__next__ for', rc(self) if 'self' in dir() else -1); raise StopIteration
for _ in It(): pass
list(It())
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('__exit__ exc', rc(self) if 'self' in dir() else -1); return True
with Ctx():
    raise ValueError
class GA2:
    def __getattribute__(self, name):
        print('__getattribute__ with __getattr__', rc(self) if 'self' in dir() else -1)
        raise AttributeError(name)
    def __getattr__(self, name):
        print('__getattr__ after', rc(self) if 'self' in dir() else -1); return 1
GA2().y
lst = [1]
def k2(v):
    print('lst', rc(lst), 'k2', rc(k2)); return 0
min(lst, key=k2)
max(lst, key=k2, default=0)
min(1, 2, key=k2)
sorted(lst, key=k2)
class Kw:
    def __call__(self, a, k=None):
        print('__call__ self', rc(self), 'a', rc(a), 'k', rc(k) if k is not None else '-')
kw = Kw()
xa = object(); ya = object()
kw(xa)
kw(xa, k=ya)
kw(xa, ya)
class Miss2(dict):
    def __missing__(self, k):
        print('__missing__ self', rc(self)); return 0
m2 = Miss2()
m2['key']
Miss2()['key']
class V:
    @property
    def __dict__(self):
        print('vars __dict__ self', rc(self)); return {}
vars(V())
