# type.__setattr__/__delattr__ set a class's namespace; object's refuse type objects; a
# metaclass has no __dict__ or __weakref__ descriptor of its own.
class C: pass
type.__setattr__(C, 'x', 1); print(C.x)
for f in [lambda: object.__setattr__(C, 'y', 2), lambda: object.__delattr__(C, 'x')]:
    try: f()
    except TypeError as e: print(e)
type.__delattr__(C, 'x'); print(hasattr(C, 'x'))
class M(type): pass
print(sorted(vars(M)))
class D(metaclass=M): pass
D.z = 3; print(D.z, D.__dict__['z'])
import weakref; r = weakref.ref(D); print(r() is D)
