# classmethod and staticmethod have a __dict__ (3.10+): cm_init copies the callable's
# __module__, __name__, __qualname__, __doc__ and __annotations__ into it (functools_wraps);
# the implicit classmethods type() makes have none. A decorated method's dict is a GC
# object a collected class takes with it.
import sys
def f():
    "doc of f"
f.custom = 1
before = sys.getrefcount(f)
cm = classmethod(f)
print(sys.getrefcount(f) - before)
print(cm.__dict__, cm.__dict__ is f.__dict__)
print(cm.__name__, cm.__qualname__, cm.__doc__, cm.__module__, cm.__wrapped__ is f)
cm.extra = 2
print(cm.extra, sorted(cm.__dict__), sorted(f.__dict__))
sm = staticmethod(f)
print(sm.__dict__ is f.__dict__, sm.__name__)
def g(): pass
cm2 = classmethod(g)
print(cm2.__dict__, g.__dict__, cm2.__dict__ is g.__dict__)
cm3 = classmethod(len)
print(cm3.__dict__, cm3.__name__, cm3.__doc__[:20])
try:
    print(cm3.__module__)
except AttributeError as e: print('AE', e)
cm4 = classmethod(5)
print(cm4.__dict__)
try: print(cm4.__name__)
except AttributeError as e: print('AE', e)
cm4.__dict__ = {'a': 1}
print(cm4.a)
try: cm4.__dict__ = 5
except TypeError as e: print(e)
class C:
    @classmethod
    def m(cls): "m doc"
    @staticmethod
    def s(): "s doc"
print(C.__dict__['m'].__doc__, C.__dict__['s'].__name__, C.__dict__['m'].__qualname__)
import gc
print(len(gc.get_referents(classmethod(f))))
print(classmethod.__dict__['__dict__'], classmethod.__dictoffset__)
print(dir(cm) == dir(classmethod), sorted(set(dir(cm)) - set(dir(classmethod))))

gc.collect()
class A:
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    def m(self): pass
del A
print(gc.collect())
class B:
    def m(self): pass
del B
print(gc.collect())
class K:
    def __init_subclass__(cls): pass
print(K.__dict__["__init_subclass__"].__dict__)
try:
    classmethod()
except TypeError as e:
    print(e)
try:
    staticmethod(f, f)
except TypeError as e:
    print(e)
