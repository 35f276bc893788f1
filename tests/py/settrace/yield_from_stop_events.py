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
