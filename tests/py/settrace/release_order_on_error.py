# A failing attribute store, augmented assignment or call releases what it holds where
# CPython does: a store's value and owner and an operation's operands before the error
# reaches the trace function, the stack's other values after (the trace 'exception' event
# shows which side a __del__ falls on).
import sys
class D:
    def __del__(self): print("del D")
    def __call__(self, *a): pass
class P:
    @property
    def x(self): return 1
def tr(frame, ev, arg):
    if ev == "exception": print("exception event", frame.f_code.co_name)
    return tr
def f1(k):                       # o.x = v, o unbound
    if k: o = P()
    o.y = D()
def f2(k):                       # call of locals only, arg unbound: callee released
    if k: a = 1
    D()(a)
def f3(k):                       # o.x += a, a unbound: current value released
    if k: a = 1
    o = P(); o.y = D()
    o.y += a
def f4(k):                       # o.x += a, operation fails
    o = P(); o.y = D()
    o.y += k
def f5(k):                       # o.x += v, store fails: result released
    class Q:
        @property
        def x(self): return 0
    def radd(self, o): return D()
    o = Q(); v = type("R", (), {"__radd__": radd})()
    o.x += v
for fn in (f1, f2, f3, f4, f5):
    for i in range(4):
        try: fn(1)
        except Exception: pass
    sys.settrace(tr)
    try: fn(None)
    except Exception as e: print(type(e).__name__)
    sys.settrace(None)
    print("--")


def g3(k):                       # o.x += a, a unbound
    if k: a = 1
    o = P()
    o.x += a
def g4(k):                       # o.x += a, the operation raises
    o = P()
    o.x += k
for fn in (g3, g4):
    for i in range(4):
        try: fn(1)
        except Exception: pass
    sys.settrace(tr)
    try: fn(None)
    except Exception as e: print(type(e).__name__)
    sys.settrace(None)
    print("--")
