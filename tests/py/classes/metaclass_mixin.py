# A metaclass with a mixin base after type: type's own __dict__ (and other attributes)
# win over the mixin's __dict__ descriptor.
class Mixin: pass
class Meta(type, Mixin): pass
class C(metaclass=Meta): pass
print(sorted(k for k in C.__dict__ if not k.startswith('__')), type(C).__mro__)
C.x = 1
print(C.x)
class Base: pass
class M6(Base, type): pass
class H(metaclass=M6): y = 3
print('y' in H.__dict__, H.y)
class P:
    @property
    def __dict__(self): return {'custom': 1}
print(P().__dict__, type(P.__dict__['__dict__']).__name__)
class Meta(type): pass
class D(metaclass=Meta): pass
try:
    object.__setattr__(D, 'z', 1)
except TypeError as e:
    print(e)
