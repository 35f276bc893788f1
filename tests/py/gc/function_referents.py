"""What a function and a generator reference, as gc.get_referents lists it and as refcounts
show: a function holds its code object (func_code) and the builtins dict (func_builtins,
new in 3.11) besides globals, module, defaults, doc, names, closure; a generator holds its
code twice while its frame lives (gi_code, f_code), once after."""
import builtins
import gc
import sys


def f(a, b=1):
    "doc"
    return a


def describe(o):
    out = []
    for r in gc.get_referents(o):
        if r is globals():
            out.append("globals")
        elif r is builtins.__dict__:
            out.append("builtins")
        elif type(r).__name__ == "code":
            out.append("code " + r.co_name)
        elif isinstance(r, (str, int)):
            out.append(f"{type(r).__name__} {r!r}")
        elif isinstance(r, tuple):
            out.append(f"tuple of {[type(x).__name__ for x in r]}")
        else:
            out.append(type(r).__name__)
    return out


print("function", describe(f))


def outer():
    x = [1]

    def inner(y=2, *, z=3) -> int:
        return x

    return inner


print("closure", describe(outer()))
print("lambda", describe(lambda: 0))


def gen(p):
    y = [1]
    yield y


it = gen(5)
print("generator", describe(it))
next(it)
print("suspended", describe(it))
for _ in it:
    pass
print("finished", describe(it))
print("genexp", describe(x for x in "ab"))

# Refcounts of code objects: co_consts, each function, each generator frame.
print(sys.getrefcount(f.__code__))
fs = [outer() for _ in range(5)]
print(sys.getrefcount(fs[0].__code__))
c = fs[0].__code__
del fs
print(sys.getrefcount(c))
g = (x for x in range(3))
print(sys.getrefcount(g.gi_code))
list(g)
print(sys.getrefcount(g.gi_code))
del g
ns = {}
code = compile("def h(): pass", "<s>", "exec")
exec(code, ns)
hc = ns["h"].__code__
print(sys.getrefcount(hc))
del code
print(sys.getrefcount(hc))
del ns
print(sys.getrefcount(hc))


def k():
    pass


f.__code__ = k.__code__
print(sys.getrefcount(k.__code__), f() is None)

bd = builtins.__dict__
before = sys.getrefcount(bd)
made = [lambda: 1 for _ in range(10)]
print("builtins refs per function", (sys.getrefcount(bd) - before) / len(made))
del made
print("after", sys.getrefcount(bd) - before)
