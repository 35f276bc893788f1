"""code.co_flags: CO_OPTIMIZED|CO_NEWLOCALS for function code, CO_VARARGS, CO_VARKEYWORDS,
CO_NESTED inside a function, CO_GENERATOR; a module's code has none."""
def f(): pass
def g(*a, **k): yield
def outer():
    def inner(): return x
    x = 1
    return inner
lam = lambda: 0
class C:
    def m(self): pass
import sys
print(f.__code__.co_flags, g.__code__.co_flags, outer().__code__.co_flags, lam.__code__.co_flags, C.m.__code__.co_flags, sys._getframe().f_code.co_flags, outer.__code__.co_flags, (x for x in []).gi_code.co_flags, (lambda: [y for y in []]).__code__.co_flags)
