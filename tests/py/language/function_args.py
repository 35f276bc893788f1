def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))
def pos_only(a, b, /, c):
    return a, b, c
print(pos_only(1, 2, c=3))
try:
    pos_only(a=1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    f()
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2, c=3, a=4)
except TypeError as e:
    print(e)
def kwonly(*, k):
    return k
try:
    kwonly(1)
except TypeError as e:
    print(e)
print(f.__defaults__, f.__kwdefaults__, f.__name__, f.__qualname__)
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults(), defaults([0]))
def varargs(*a, **k): return a, k
print(varargs(), varargs(1, x=2), (lambda *a: a)(1, 2))
try:
    varargs(**{1: 2})
except TypeError as e:
    print(e)
