class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C), isinstance(1, (str, (float, int))))
print(issubclass(B, A), issubclass(B, (C,)), issubclass(bool, int), issubclass(A, object), issubclass(A, A))
print(isinstance(True, int), isinstance(None, type(None)), isinstance(A, type), isinstance(type, object))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
class Meta(type):
    pass
print(type(A) is type, type(b) is B, b.__class__.__name__, type(1).__name__, type("").__mro__)
class Checker:
    def __instancecheck__(self, obj):
        return True
print(callable(len), callable(A), callable(b), callable(lambda: 0), callable("x"))
