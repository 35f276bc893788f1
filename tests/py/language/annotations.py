"""Annotations: a function's are evaluated at its definition and kept as __annotations__
(parameters, *args, keyword-only, **kwargs, then return); a module's or class's simple names go
into its __annotations__ dict; other targets only evaluate; function bodies ignore them."""
def f(x: int, y: "str" = "a", *args: float, z: bool = True, **kw: dict) -> None:
    v: int = 5
    w: undefined_name
    return v
print(f.__annotations__)
print(f(1))
try:
    def g(a: Undefined): pass
except NameError as e:
    print(e)
x: int = 5
y: list[int]
print(__annotations__)
class C:
    a: int = 1
    b: "C"
    c: list = []
    (d): int = 4
    def m(self) -> "C": pass
print(C.__annotations__, C.a, C.d)
import sys
class E:
    pass
print('__annotations__' in E.__dict__)
