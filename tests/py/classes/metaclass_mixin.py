# A metaclass with a mixin base after type: type's own __dict__ (and other attributes)
# win over the mixin's __dict__ descriptor.
class Mixin: pass
class Meta(type, Mixin): pass
class C(metaclass=Meta): pass
print(sorted(k for k in C.__dict__ if not k.startswith('__')), type(C).__mro__)
C.x = 1
print(C.x)
