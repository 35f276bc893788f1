print(None, repr(None), type(None).__name__, None is None, None == 0, None == False)
def f(): pass
print(f(), f() is None, [None] * 2, {None: 1}[None])
print(..., Ellipsis, ... is Ellipsis, type(...).__name__, repr(...), bool(...))
print(NotImplemented, type(NotImplemented).__name__, bool(None))
x = "skip"
print(x)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    (lambda: None)()()
except TypeError as e:
    print(e)
try:
    len(None)
except TypeError as e:
    print(e)
try:
    None < 1
except TypeError as e:
    print(e)
