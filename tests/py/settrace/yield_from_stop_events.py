# 'exception' events for the StopIteration that ends a yield from: a sub-generator's is
# reported in the delegating frame, a list iterator's end is not.
import sys
def tr(f, e, a):
    if e == 'exception': print(e, f.f_code.co_name, a[0].__name__)
    return tr
def h():
    yield 1
    return 5
def g():
    r = yield from h()
    print("r", r)
def g2():
    yield from [1, 2]
def g3():
    x = yield from h()
    yield x
sys.settrace(tr)
print(list(g()))
print(list(g2()))
it = g3(); print(next(it), next(it))
gen = g(); next(gen)
try:
    gen.send(None)
except StopIteration:
    print("done")
sys.settrace(None)

# A class's __next__ raising StopIteration is reported; a sub-generator returning None
# (driven by next) raises none; gen.send() into a delegating generator does.
ev = []
def tr(f, e, a):
    if e == 'exception': ev.append((f.f_code.co_name, a[0].__name__))
    return tr
class It:
    i = 0
    def __iter__(s): return s
    def __next__(s):
        s.i += 1
        if s.i > 2: raise StopIteration
        return s.i
def g4(): yield from It()
def sub(): yield 1
def g5(): yield from sub()
def sub2():
    yield 1
    return 9
def g6():
    r = yield from sub2()
    yield r
def g7(): yield from (x for x in [1])
def g8(): yield from range(2)
sys.settrace(tr)
print(list(g4()), list(g5()), list(g6()), list(g7()), list(g8()))
g = g6(); next(g)
try:
    g.send(5); g.send(6)
except StopIteration:
    pass
sys.settrace(None)
print(ev)
