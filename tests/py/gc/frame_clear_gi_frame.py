"""Generator and frame introspection as leak hunts use it: gi_frame (None once finished),
gi_code, gi_suspended; frame.clear() releases a finished frame's locals (a traceback's), closes
a suspended generator, refuses a running frame; sys.exception() is the handled exception."""
import sys, gc, weakref
class Big:
    def __del__(self): print("Big freed")
def gen():
    big = Big()
    yield 1
    yield 2
g = gen()
print(g.gi_frame is not None, g.gi_suspended, g.gi_code.co_name, g.gi_running)
next(g)
fr = g.gi_frame
print(sorted(fr.f_locals), g.gi_suspended, fr.f_code is g.gi_code)
fr.clear()
print("cleared", g.gi_frame)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print(e)
def fails():
    local = Big()
    raise ValueError("x")
try:
    fails()
except ValueError as e:
    tb = e.__traceback__
    print(sys.exception() is e)
    f = tb.tb_next.tb_frame
    print(sorted(f.f_locals))
    f.clear()
    print(f.f_locals)
print(sys.exception())
del tb, f
g2 = gen(); next(g2); list(g2)
print(g2.gi_frame, g2.gi_suspended)
