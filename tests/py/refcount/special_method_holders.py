"""Who holds a special method while it runs: getrefcount of the function inside it, for
the ways CPython 3.11 calls it. Slots that call through vectorcall_method hold the
method they looked up; _PyObject_LookupSpecial makes a bound method; call_attribute
(__getattr__, and __getattribute__ when __getattr__ exists) does both; and the frame
holds its function. A METH_VARARGS|METH_KEYWORDS builtin (min, max) keeps its keyword
values in a kwargs dict for the call."""
import copy
import gc
import sys
import weakref
def rc(o):
    return sys.getrefcount(o) - 1
class D:
    def __add__(self, o):
        print('__add__', rc(D.__dict__['__add__'])); return 1
    def __radd__(self, o):
        print('__radd__', rc(D.__dict__['__radd__'])); return 1
    def __iadd__(self, o):
        print('__iadd__', rc(D.__dict__['__iadd__'])); return self
    def __neg__(self):
        print('__neg__', rc(D.__dict__['__neg__'])); return 1
    def __lt__(self, o):
        print('__lt__', rc(D.__dict__['__lt__'])); return True
    def __bool__(self):
        print('__bool__', rc(D.__dict__['__bool__'])); return True
    def __iter__(self):
        print('__iter__', rc(D.__dict__['__iter__'])); return iter([1])
    def __contains__(self, x):
        print('__contains__', rc(D.__dict__['__contains__'])); return True
    def __setitem__(self, k, v):
        print('__setitem__', rc(D.__dict__['__setitem__']))
    def __delitem__(self, k):
        print('__delitem__', rc(D.__dict__['__delitem__']))
    def __enter__(self):
        print('__enter__', rc(D.__dict__['__enter__'])); return self
    def __exit__(self, *a):
        print('__exit__', rc(D.__dict__['__exit__'])); return False
    def __repr__(self):
        print('__repr__', rc(D.__dict__['__repr__'])); return 'D'
    def __str__(self):
        print('__str__', rc(D.__dict__['__str__'])); return 'D'
    def __format__(self, spec):
        print('__format__', rc(D.__dict__['__format__'])); return 'D'
    def __hash__(self):
        print('__hash__', rc(D.__dict__['__hash__'])); return 1
    def __eq__(self, o):
        print('__eq__', rc(D.__dict__['__eq__'])); return True
    def __getattr__(self, name):
        print('__getattr__', rc(D.__dict__['__getattr__'])); return 1
    def __call__(self, *a, **k):
        print('__call__', rc(D.__dict__['__call__'])); return 1
    def __index__(self):
        print('__index__', rc(D.__dict__['__index__'])); return 1
    def __next__(self):
        print('__next__', rc(D.__dict__['__next__'])); raise StopIteration
    @property
    def prop(self):
        print('prop', rc(D.__dict__['prop'].fget)); return 1
    @prop.setter
    def prop(self, v):
        print('prop set', rc(D.__dict__['prop'].fset))
    @classmethod
    def cm(cls):
        print('cm', rc(D.__dict__['cm'].__func__))
    @staticmethod
    def sm():
        print('sm', rc(D.__dict__['sm'].__func__))
    def meth(self):
        print('meth', rc(D.__dict__['meth']))
class Desc:
    def __get__(self, obj, t=None):
        print('__get__', rc(Desc.__dict__['__get__'])); return 1
    def __set__(self, obj, v):
        print('__set__', rc(Desc.__dict__['__set__']))
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
        print('Meta.__call__', rc(Meta.__dict__['__call__'])); return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __init__(self):
        print('WithMeta.__init__', rc(WithMeta.__dict__['__init__']))
WithMeta()
class Sub(D):
    def meth(self):
        print('Sub.meth', rc(Sub.__dict__['meth']))
        super().meth()
Sub().meth()
g = (print('genexpr', rc(v)) for v in [d])
list(g)
print([rc(v) for v in [d]])
class Desc2:
    def __get__(self, obj, t=None):
        return 1
    def __delete__(self, obj):
        print('__delete__', rc(Desc2.__dict__['__delete__']))
    def __set_name__(self, owner, name):
        print('__set_name__', rc(Desc2.__dict__['__set_name__']))
class H2:
    d = Desc2()
del H2().d
class GA:
    def __getattribute__(self, name):
        print('__getattribute__', rc(GA.__dict__['__getattribute__'])); return 1
GA().x
class Base:
    def __init_subclass__(cls, **kw):
        print('__init_subclass__', rc(Base.__dict__['__init_subclass__'].__func__))
    def __class_getitem__(cls, item):
        print('__class_getitem__', rc(Base.__dict__['__class_getitem__'].__func__)); return cls
class Derived(Base): pass
Base[int]
class Miss(dict):
    def __missing__(self, k):
        print('__missing__', rc(Miss.__dict__['__missing__'])); return 0
Miss()[1]
class S:
    def __len__(self):
        print('__len__', rc(S.__dict__['__len__'])); return 1
    def __reversed__(self):
        print('__reversed__', rc(S.__dict__['__reversed__'])); return iter([])
    def __round__(self, n=None):
        print('__round__', rc(S.__dict__['__round__'])); return 1
    def __abs__(self):
        print('__abs__', rc(S.__dict__['__abs__'])); return 1
    def __int__(self):
        print('__int__', rc(S.__dict__['__int__'])); return 1
    def __float__(self):
        print('__float__', rc(S.__dict__['__float__'])); return 1.0
    def __sizeof__(self):
        print('__sizeof__', rc(S.__dict__['__sizeof__'])); return 10
    def __dir__(self):
        print('__dir__', rc(S.__dict__['__dir__'])); return []
    def __copy__(self):
        print('__copy__', rc(S.__dict__['__copy__'])); return self
    def __deepcopy__(self, memo):
        print('__deepcopy__', rc(S.__dict__['__deepcopy__'])); return self
    def __getitem__(self, i):
        if i > 1: raise IndexError
        print('__getitem__ iter', rc(S.__dict__['__getitem__'])); return i
    def __del__(self):
        print('__del__', rc(S.__dict__['__del__']))
s = S()
bool(s); len(s); reversed(s); round(s); abs(s); int(s); float(s); sys.getsizeof(s); dir(s)
copy.copy(s); copy.deepcopy(s)
list(s.__class__.__getitem__(s, i) for i in range(1))
for _ in S(): pass
del s
gc.collect()
class Meta(type):
    def __instancecheck__(cls, o):
        print('__instancecheck__', rc(Meta.__dict__['__instancecheck__'])); return True
    def __subclasscheck__(cls, o):
        print('__subclasscheck__', rc(Meta.__dict__['__subclasscheck__'])); return True
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('__prepare__', rc(Meta.__dict__['__prepare__'].__func__)); return {}
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
        print('print __str__', rc(Str.__dict__['__str__'])); return 's'
print(Str())
class It:
    def __iter__(self): return self
    def __next__(self):
        print('__next__ for', rc(It.__dict__['__next__'])); raise StopIteration
for _ in It(): pass
list(It())
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('__exit__ exc', rc(Ctx.__dict__['__exit__'])); return True
with Ctx():
    raise ValueError
class GA2:
    def __getattribute__(self, name):
        print('__getattribute__ with __getattr__', rc(GA2.__dict__['__getattribute__']))
        raise AttributeError(name)
    def __getattr__(self, name):
        print('__getattr__ after', rc(GA2.__dict__['__getattr__'])); return 1
GA2().y
lst = [1]
def k2(v):
    print('lst', rc(lst), 'k2', rc(k2)); return 0
min(lst, key=k2)
max(lst, key=k2, default=0)
min(1, 2, key=k2)
sorted(lst, key=k2)
