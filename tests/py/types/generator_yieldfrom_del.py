# generator.gi_yieldfrom (what a generator suspended in `yield from` delegates to) and
# generator.__del__ (_PyGen_Finalize: closes it, errors reported as unraisable).
import sys
def inner():
    yield 1
    yield 2
    return 'r'
def outer():
    x = yield from inner()
    yield x
g = outer()
print(g.gi_yieldfrom)
next(g)
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
next(g); next(g)
print(g.gi_yieldfrom)
def o2():
    yield from [1, 2]
g = o2(); next(g); print(type(g.gi_yieldfrom).__name__)
def fin():
    try:
        yield 1
    finally:
        print('finally ran')
g = fin(); next(g)
print(g.__del__(), g.gi_suspended if hasattr(g, 'gi_suspended') else '', g.gi_frame)
try: next(g)
except StopIteration: print('stopped')
g = fin()
print(g.__del__())
try: next(g)
except StopIteration: print('unstarted closed')
def bad():
    try:
        yield 1
    finally:
        raise ValueError('in finally')
g = bad(); next(g)
sys.stdout.flush()
r = g.__del__()
print(r)
print(repr(type(g).__dict__['__del__']))
