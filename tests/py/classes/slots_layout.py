# __slots__ checks at class creation: layout conflicts between bases, var-sized bases,
# names that are not strings or identifiers, clashes with class variables (nothing left
# for the collector), duplicate names.
class E1(ValueError, KeyError): pass
class E2(OSError, KeyError): pass
class E3(LookupError, Exception): pass
class Mix: pass
class L(list, Mix): pass
class A1:
    __slots__ = ('a',)
class A2:
    __slots__ = ('b',)
class A3(A1):
    pass
class A4(A3, A1):
    __slots__ = ('c',)
o = A4(); o.a, o.c = 1, 3; print(o.a, o.c)
import sys
class Base: __slots__ = ('x',)
class Left(Base): pass
class Right(Base): pass
class Diamond(Left, Right): __slots__ = ('y',)
for src in ["class AB(A1, A2): pass", "class Bad(int): __slots__ = ('a',)", "class Bad2(tuple): __slots__ = ('a',)",
            "class Meta(type): __slots__ = ('x',)", "class Dup: __slots__ = ('a', 'a')", "class N: __slots__ = (1,)",
            "class I: __slots__ = ('1a',)", "class LD(list, dict): pass", "class OKi(int): __slots__ = ('__dict__',)",
            "class OKt(tuple): __slots__ = ()"]:
    try:
        exec(src)
        print("ok", src)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
import gc
gc.collect()
try:
    class Bad:
        __slots__ = ('v',); v = 1
except ValueError as e: print(e)
print(gc.collect())
d = Dup(); d.a = 1; print(d.a)
for src in ["class A: __slots__ = ('__dict__', '__dict__')", "class A: __slots__ = ('__weakref__', '__weakref__')",
            "class B: pass\nclass A(B): __slots__ = ('__dict__',)", "class B: pass\nclass A(B): __slots__ = ('__weakref__',)",
            "class S: __slots__ = ('x',)\nclass A(Exception, S): pass", "class A(int): __slots__ = ()",
            "class E(ValueError, KeyError): pass", "class W: __slots__ = ('__weakref__', '__dict__')"]:
    try:
        exec(src)
        print("ok")
    except TypeError as e:
        print(e)
