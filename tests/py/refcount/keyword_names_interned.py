"""Keyword argument names are the caller's interned constants: the keys of a **kwargs dict
and of dict(name=...) are the same str objects as the name written as a literal, call
after call (pygc made a new str for each)."""
import sys


def f(**kw):
    return kw


def g(*, alpha=0, **rest):
    return rest


print(list(dict(abc=1))[0] is "abc", list(f(abc=1))[0] is "abc")
a, b = f(long_name=1), f(long_name=2)
print(list(a)[0] is list(b)[0], list(g(beta=2))[0] is "beta")
d = {}
d.update(key_one=1)
print(list(d)[0] is "key_one")
before = sys.getrefcount("keyword_x")
kept = [f(keyword_x=i) for i in range(10)]
print(sys.getrefcount("keyword_x") - before)
del kept
print(sys.getrefcount("keyword_x") - before)
