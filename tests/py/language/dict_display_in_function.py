"""Dict displays in a function: the key released when its value raises, the dict released when a store raises."""
import sys, gc
class B(Exception): pass
def boom(): raise B()
def f(i):
    a = {"key": i, "twice": i * 2}
    b = {}
    k = 10**20
    try:
        c = {k: 1, "x": boom()}
    except B:
        pass
    try:
        c = {k: 1, []: 2}
    except TypeError as e:
        print("TypeError:", e)
    return a, b, sys.getrefcount(k), sys.getsizeof(a)
print(f(5))
gc.collect()
before = gc.get_count()
x = [f(1) for _ in range(3)]
