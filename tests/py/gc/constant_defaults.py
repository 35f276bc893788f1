"""Constant default values are one constant tuple of the code (the optimizer folds them), shared
by every function the def makes and not part of a collected class's garbage."""
import gc
gc.collect()
def mk():
    class D:
        def m(self, k=90, j="s", t=(1, 2)):
            return k
    return D
d = mk()
del d
print(gc.collect())
fs = [(lambda k=5: k) for i in range(2)]
print(fs[0].__defaults__ is fs[1].__defaults__, fs[0](), fs[1](7))
def g(a, b=[], c=None): return b
print(g(1) is g(2), g.__defaults__)
x = (1, 2)
y = ((1, 2), 3)
print(x, y, y[0] == x)
