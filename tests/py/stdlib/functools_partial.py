import functools, sys
from functools import partial
def f(a, b=0, *c, **d): return (a, b, c, d)
p = partial(f, 1, b=2)
print(repr(p).split(' at ')[0], type(p), p.func is f, p.args, p.keywords)
print(p(), p(x=4), p(b=5))
q = partial(p, 7, z=1); print(q.func is f, q.args, q.keywords)
p.attr = 1
r = partial(p, 8); print(r.func is p, r.args)
for bad in [lambda: partial(), lambda: partial(1), lambda: partial(func=f)]:
    try: bad()
    except TypeError as e: print(e)
try: p.func = 3
except AttributeError as e: print(e)
print(p.__dict__, partial(f).keywords, partial(f).args)
x = object()
print(sys.getrefcount(x)); pp = partial(f, x); print(sys.getrefcount(x)); del pp; print(sys.getrefcount(x))
def g(a):
    return sys.getrefcount(a)
print(g(x), partial(g)(x), partial(g, x)())
def h(a, k=None):
    return sys.getrefcount(a)
print(h(x), partial(h, k=1)(x))
import gc; print(gc.is_tracked(partial(f)))
print(repr(partial(len, [1], key='v')).split(' at ')[0])
print(repr(partial(len, [1], key='v')))
print(callable(p), p.__call__ is not None)
print(functools.reduce(lambda a, b: a + b, [1, 2, 3]), functools.reduce(lambda a, b: a + b, [], 5))
for bad in [lambda: functools.reduce(lambda a, b: a, []), lambda: functools.reduce(1), lambda: functools.reduce(len, 5), lambda: functools.reduce(len, [1], 2, 3), lambda: functools.reduce(function=len, iterable=[1])]:
    try: bad()
    except TypeError as e: print(e)
print(functools.reduce, functools.cmp_to_key, functools.partial)
k = functools.cmp_to_key(lambda a, b: a - b)
print(sorted([3,1,2], key=k), type(k(1)), k(1) < k(2), k(1).obj)
try: k(1) < 5
except TypeError as e: print(e)
print(hash(k(1)) if False else k.__class__)
try: hash(k(1))
except TypeError as e: print(e)

# A partial in a reference cycle through its __dict__ and through its arguments.
class D:
    def __del__(self): print("del D")
gc.collect()
p = partial(f, D())
p.me = p
del p
print("collected", gc.collect())
q = partial(f, [])
q.args[0].append(q)
del q
print("collected", gc.collect())
r = partial(f, k={})
r.keywords['k']['r'] = r
del r
print("collected", gc.collect())
# Flattening and repr of nested partials.
inner = partial(f, 1, x=1)
outer = partial(inner, 2, y=2)
print(outer.func is f, outer.args, outer.keywords, repr(outer))
print(repr(partial(partial(f), 'a')))
rec = partial(f)
rec.keywords['me'] = rec
print(repr(rec))
class M:
    meth = partial(f, 'unbound')
print(M().meth())
import weakref
wr = weakref.ref(inner); print(wr() is inner)
