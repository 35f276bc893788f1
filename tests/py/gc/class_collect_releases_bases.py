# A class freed by the collector releases its bases once (the base's count is what it was
# before), and a metaclass adds no __dict__/__weakref__ descriptors holding it.
import gc, sys


class A:
    pass


class M(type):
    pass


print(sys.getrefcount(A), sys.getrefcount(M))
for i in range(3):
    class B(A):
        pass

    class C(B, metaclass=M):
        pass

    del B, C
    print(gc.collect() > 0, sys.getrefcount(A), sys.getrefcount(M))


def scope():
    class Local(A):
        def method(self):
            return self

    Local().method()


for i in range(3):
    scope()
    gc.collect()
print(sys.getrefcount(A), sys.getrefcount(M))
class M(type): pass
print(sorted(vars(M)))


# tp_bases is one tuple object, held by the class (collected with it).
class D(A):
    pass


print(D.__bases__ is D.__bases__, gc.is_tracked(D.__bases__), sys.getrefcount(A))
del D
print(gc.collect(), sys.getrefcount(A))
