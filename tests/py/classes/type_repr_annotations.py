"""A class's __annotations__ is its own (an empty dict made on first access, not a base's);
`int | None` works before anything imported types; type.__repr__ and the builtin types'
__repr__ are there to call (a metaclass's super().__repr__())."""
class C:
    a: int
class D(C):
    pass
print(D.__annotations__, C.__annotations__, 'a' in C.__dict__['__annotations__'])
class E: pass
print(E.__annotations__, '__annotations__' in E.__dict__)
try:
    int.__annotations__
except AttributeError as e:
    print(e)
def f(x: int | None = None, y: str | bytes = "") -> list[int] | None: return x
print(f(1), f.__annotations__)
class G:
    z: int | None = None
print(G.__annotations__)
class Meta(type):
    def __repr__(cls): return "M" + super().__repr__()
class A(metaclass=Meta): pass
print(repr(A), type.__repr__(int), type.__repr__(A))
class L(list): pass
class I(int): pass
print(repr(L([1])), repr(I(3)), str(I(4)), f"{I(5)}", range(3).__repr__(), None.__repr__(), len.__repr__(), {}.keys().__repr__())
import warnings
warnings.filterwarnings("ignore", module="__ma")
warnings.warn("hidden by a module prefix")
print("end")
