import sys
class C:
    pass
def f():
    a = C()
    b = [a]
    c = (a,)
    d = {"a": a}
    return sys.getrefcount(a)
print("locals in containers", f())
def g():
    a = C()
    del a
    a = C()
    return sys.getrefcount(a)
print("rebound after del", g())
def h(x):
    y = x
    del x
    return sys.getrefcount(y)
o = C()
print("arg deleted", h(o))
def k():
    lst = [C() for _ in range(3)]
    return [sys.getrefcount(e) for e in lst]
print("list of fresh", k())
def m():
    a = b = c = C()
    return sys.getrefcount(a)
print("chained local", m())
def n():
    a = C()
    for i in range(3):
        b = a
    return sys.getrefcount(a)
print("loop local", n())
def p():
    a = C()
    if True:
        b = a
    else:
        c = a
    return sys.getrefcount(a)
print("branch", p())
def q():
    a = C()
    try:
        b = a
        raise ValueError
    except ValueError:
        return sys.getrefcount(a)
print("in except", q())
def r():
    a = C()
    while True:
        try:
            b = a
            break
        finally:
            c = a
    return sys.getrefcount(a)
print("break through finally", r())
def s():
    x = C()
    y = [x] * 4
    z = y[1:3]
    return sys.getrefcount(x)
print("list mult and slice", s())
def t():
    x = C()
    y = [x, x, x]
    y.reverse()
    y.sort(key=id)
    return sys.getrefcount(x)
print("reverse sort", t())
