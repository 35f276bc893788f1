"""Who holds a special method, and its self, while it runs: getrefcount of the function
and of self inside it, for the ways CPython 3.11 calls it. A frame holds its function;
slots that call through vectorcall_method hold the method they looked up and pass self
borrowed; _PyObject_LookupSpecial makes a bound method, which holds self; call_attribute
(__getattr__, and __getattribute__ when __getattr__ exists) does both; a call with keywords
unpacks a kwargs dict onto a stack holding self and the arguments again; the argument tuple
and kwargs dict of a METH_VARARGS builtin (min, max, dir, vars) hold their values; and an
inherited C slot (a dict subclass's mp_subscript) is called without a method call in
between."""
import copy
import gc
import sys
import weakref
def rc(o):
    return sys.getrefcount(o) - 1


def show(label, func, *others):
    """The function's references while it runs, then self's."""
    print(label, rc(func), *[rc(o) for o in others])
class D:
    def __add__(self, o):
        show('__add__', D.__dict__['__add__'], self); return 1
    def __radd__(self, o):
        show('__radd__', D.__dict__['__radd__'], self); return 1
    def __iadd__(self, o):
        show('__iadd__', D.__dict__['__iadd__'], self); return self
    def __neg__(self):
        show('__neg__', D.__dict__['__neg__'], self); return 1
    def __lt__(self, o):
        show('__lt__', D.__dict__['__lt__'], self); return True
    def __bool__(self):
        show('__bool__', D.__dict__['__bool__'], self); return True
    def __iter__(self):
        show('__iter__', D.__dict__['__iter__'], self); return iter([1])
    def __contains__(self, x):
        show('__contains__', D.__dict__['__contains__'], self); return True
    def __setitem__(self, k, v):
        show('__setitem__', D.__dict__['__setitem__'], self)
    def __delitem__(self, k):
        show('__delitem__', D.__dict__['__delitem__'], self)
    def __enter__(self):
        show('__enter__', D.__dict__['__enter__'], self); return self
    def __exit__(self, *a):
        show('__exit__', D.__dict__['__exit__'], self); return False
    def __repr__(self):
        show('__repr__', D.__dict__['__repr__'], self); return 'D'
    def __str__(self):
        show('__str__', D.__dict__['__str__'], self); return 'D'
    def __format__(self, spec):
        show('__format__', D.__dict__['__format__'], self); return 'D'
    def __hash__(self):
        show('__hash__', D.__dict__['__hash__'], self); return 1
    def __eq__(self, o):
        show('__eq__', D.__dict__['__eq__'], self); return True
    def __getattr__(self, name):
        show('__getattr__', D.__dict__['__getattr__'], self); return 1
    def __call__(self, *a, **k):
        show('__call__', D.__dict__['__call__'], self); return 1
    def __index__(self):
        show('__index__', D.__dict__['__index__'], self); return 1
    def __next__(self):
        show('__next__', D.__dict__['__next__'], self); raise StopIteration
    @property
    def prop(self):
        show('prop', D.__dict__['prop'].fget, self); return 1
    @prop.setter
    def prop(self, v):
        show('prop set', D.__dict__['prop'].fset, self)
    @classmethod
    def cm(cls):
        show('cm', D.__dict__['cm'].__func__)
    @staticmethod
    def sm():
        show('sm', D.__dict__['sm'].__func__)
    def meth(self):
        show('meth', D.__dict__['meth'], self)
class Desc:
    def __get__(self, obj, t=None):
        show('__get__', Desc.__dict__['__get__'], self); return 1
    def __set__(self, obj, v):
        show('__set__', Desc.__dict__['__set__'], self)
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
    show('deco', f); return f
@deco
def decorated(): pass
class Meta(type):
    def __call__(cls, *a):
        show('Meta.__call__', Meta.__dict__['__call__']); return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __init__(self):
        show('WithMeta.__init__', WithMeta.__dict__['__init__'], self)
WithMeta()
class Sub(D):
    def meth(self):
        show('Sub.meth', Sub.__dict__['meth'], self)
        super().meth()
Sub().meth()
g = (print('genexpr', rc(v)) for v in [d])
list(g)
print([rc(v) for v in [d]])
class Desc2:
    def __get__(self, obj, t=None):
        return 1
    def __delete__(self, obj):
        show('__delete__', Desc2.__dict__['__delete__'], self)
    def __set_name__(self, owner, name):
        show('__set_name__', Desc2.__dict__['__set_name__'], self)
class H2:
    d = Desc2()
del H2().d
class GA:
    def __getattribute__(self, name):
        show('__getattribute__', GA.__dict__['__getattribute__'], self); return 1
GA().x
class Base:
    def __init_subclass__(cls, **kw):
        show('__init_subclass__', Base.__dict__['__init_subclass__'].__func__)
    def __class_getitem__(cls, item):
        show('__class_getitem__', Base.__dict__['__class_getitem__'].__func__); return cls
class Derived(Base): pass
Base[int]
class Miss(dict):
    def __missing__(self, k):
        show('__missing__', Miss.__dict__['__missing__'], self); return 0
Miss()[1]
class S:
    def __len__(self):
        show('__len__', S.__dict__['__len__'], self); return 1
    def __reversed__(self):
        show('__reversed__', S.__dict__['__reversed__'], self); return iter([])
    def __round__(self, n=None):
        show('__round__', S.__dict__['__round__'], self); return 1
    def __abs__(self):
        show('__abs__', S.__dict__['__abs__'], self); return 1
    def __int__(self):
        show('__int__', S.__dict__['__int__'], self); return 1
    def __float__(self):
        show('__float__', S.__dict__['__float__'], self); return 1.0
    def __sizeof__(self):
        show('__sizeof__', S.__dict__['__sizeof__'], self); return 10
    def __dir__(self):
        show('__dir__', S.__dict__['__dir__'], self); return []
    def __copy__(self):
        show('__copy__', S.__dict__['__copy__'], self); return self
    def __deepcopy__(self, memo):
        show('__deepcopy__', S.__dict__['__deepcopy__'], self); return self
    def __getitem__(self, i):
        if i > 1: raise IndexError
        show('__getitem__ iter', S.__dict__['__getitem__'], self); return i
    def __del__(self):
        show('__del__', S.__dict__['__del__'], self)
s = S()
bool(s); len(s); reversed(s); round(s); abs(s); int(s); float(s); sys.getsizeof(s); dir(s)
copy.copy(s); copy.deepcopy(s)
list(s.__class__.__getitem__(s, i) for i in range(1))
for _ in S(): pass
del s
gc.collect()
class Meta(type):
    def __instancecheck__(cls, o):
        show('__instancecheck__', Meta.__dict__['__instancecheck__']); return True
    def __subclasscheck__(cls, o):
        show('__subclasscheck__', Meta.__dict__['__subclasscheck__']); return True
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        show('__prepare__', Meta.__dict__['__prepare__'].__func__); return {}
class M(metaclass=Meta): pass
isinstance(1, M); issubclass(int, M)
def keyf(v):
    show('key', keyf); return v
sorted([1], key=keyf); min([1, 2], key=keyf); max([1], key=keyf)
class W: pass
def cb(r):
    show('weakref cb', cb)
w = W(); r = weakref.ref(w, cb); del w
def gccb(phase, info):
    if phase == 'start': print('gc cb', rc(gccb))
gc.callbacks.append(gccb); gc.collect(); gc.callbacks.remove(gccb)
class Str:
    def __str__(self):
        show('print __str__', Str.__dict__['__str__'], self); return 's'
print(Str())
class It:
    def __iter__(self): return self
    def __next__(self):
        show('__next__ for', It.__dict__['__next__'], self); raise StopIteration
for _ in It(): pass
list(It())
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        show('__exit__ exc', Ctx.__dict__['__exit__'], self); return True
with Ctx():
    raise ValueError
class GA2:
    def __getattribute__(self, name):
        show('__getattribute__ with __getattr__', GA2.__dict__['__getattribute__'], self)
        raise AttributeError(name)
    def __getattr__(self, name):
        show('__getattr__ after', GA2.__dict__['__getattr__'], self); return 1
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
