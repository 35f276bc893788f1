# type.__subclasses__(): each base holds a weak reference to each subclass (tp_subclasses),
# shared with weakref.ref(cls); dead subclasses drop out.
import weakref, gc, sys
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(A.__subclasses__(), B.__subclasses__(), C.__subclasses__())
r = weakref.ref(B)
print(weakref.getweakrefcount(B), r is weakref.getweakrefs(B)[0], sys.getrefcount(B))
print(ValueError in Exception.__subclasses__(), KeyError in LookupError.__subclasses__())
print(len(int.__subclasses__()) > 0 or True, bool in int.__subclasses__())
del B, D
print(gc.collect(), A.__subclasses__(), r())
def make():
    class L(A):
        pass
    return L
for i in range(3):
    make()
gc.collect()
print(A.__subclasses__(), weakref.getweakrefcount(A))
