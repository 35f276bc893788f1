# slot_tp_getattr_hook calls __getattribute__ and __getattr__ through call_attribute, which
# binds them: the bound method holds self while they run, with or without an override.
import sys
class A:
    def __getattr__(self, n):
        return sys.getrefcount(self)
class B:
    def __getattribute__(self, n):
        if n == 'x': raise AttributeError(n)
        return object.__getattribute__(self, n)
    def __getattr__(self, n):
        return sys.getrefcount(self)
a = A(); b = B()
print(a.x, b.x, getattr(a, 'x'), getattr(b, 'x'))
class B:
    def __getattribute__(self, n):
        if n == 'c':
            return sys.getrefcount(self)
        if n == 'x':
            raise AttributeError(n)
        return object.__getattribute__(self, n)
    def __getattr__(self, n):
        return sys.getrefcount(self)
b = B()
print(b.c, b.x, getattr(b, 'x'), getattr(b, 'c'), hasattr(b, 'x'))
class C:
    def __getattribute__(self, n):
        raise AttributeError(n)
print(hasattr(C(), 'q'), getattr(C(), 'q', 'd'))
try:
    C().q
except AttributeError as e:
    print(e)
