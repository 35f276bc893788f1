"""The descriptor protocol called by name: function, classmethod, staticmethod and property
have __get__ (binding as attribute lookup does), a property __set__ and __delete__."""
class A:
    def m(self): return 1
    @property
    def p(self): return 2
    @classmethod
    def c(cls): return cls.__name__
    @staticmethod
    def s(): return 4
a = A()
f = A.__dict__['m']
print(f.__get__(a, A)(), f.__get__(None, A) is f, A.__dict__['p'].__get__(a, A), A.__dict__['c'].__get__(None, A)(), A.__dict__['s'].__get__(a)())
prop = A.__dict__['p']
try:
    prop.__set__(a, 1)
except AttributeError as e:
    print(e)
class D:
    def __init__(self): self._v = 0
    def get(self): return self._v
    def put(self, v): self._v = v
    def drop(self): print("deleter")
    v = property(get, put, drop)
d = D()
D.__dict__['v'].__set__(d, 9)
print(d.v, D.__dict__['v'].__get__(None, D) is D.__dict__['v'])
D.__dict__['v'].__delete__(d)
try:
    f.__get__(None, None)
except TypeError as e:
    print(e)
class Cached:
    def __init__(self, func): self.func = func
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, cls=None):
        if obj is None: return self
        v = self.func(obj); obj.__dict__[self.name] = v; return v
class C:
    @Cached
    def big(self): return [1] * 3
c = C(); print(c.big, 'big' in vars(c))
print(hasattr(len, '__get__'), hasattr(print, '__call__'))
