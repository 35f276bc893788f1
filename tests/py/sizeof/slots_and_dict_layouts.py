# getsizeof of instances by layout: tp_basicsize (slots, the weakref slot), the GC header,
# and the managed dict's pre-header whenever the instances have a __dict__, also when
# they get it by subclassing a class with __slots__.
import sys
class A: pass
class B: __slots__ = ("a", "b")
class C(B): pass
class D: __slots__ = ("a", "__dict__")
class E: __slots__ = ("a", "__weakref__")
class F(B): __slots__ = ("c",)
class G(C): pass
class H: __slots__ = ("__dict__", "__weakref__")
class I(E): pass
for k in (A, B, C, D, E, F, G, H, I):
    print(k.__name__, k.__basicsize__, sys.getsizeof(k()), k.__dictoffset__, k.__weakrefoffset__)
