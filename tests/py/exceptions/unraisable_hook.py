"""sys.unraisablehook: what __del__, weakref callbacks, gc callbacks, generator
finalization and atexit callbacks report, the UnraisableHookArgs they pass, the default
hook writing to sys.stderr as it is then (a recording writer, a StringIO, None), and a
hook that raises."""
import atexit
import contextlib
import gc
import io
import sys
import weakref

print(sys.unraisablehook is sys.__unraisablehook__, sys.unraisablehook)
print(sys.__unraisablehook__.__name__, sys.__unraisablehook__.__text_signature__)

seen = []


def hook(u):
    seen.append(u)
    tb = u.exc_traceback
    print("hook:", type(u).__name__, u.exc_type.__name__, repr(u.exc_value),
          tb is not None and tb.tb_frame.f_code.co_name, repr(u.err_msg),
          u.object if not callable(u.object) else getattr(u.object, "__qualname__", u.object))


class D:
    def __del__(self):
        raise ValueError("from __del__")


class Cell:
    pass


sys.unraisablehook = hook
d = D()
del d
c = Cell()
r = weakref.ref(c, lambda ref: 1 / 0)
del c


def on_gc(phase, info):
    raise KeyError(phase)


gc.callbacks.append(on_gc)
gc.collect()
gc.callbacks.remove(on_gc)


def gen():
    try:
        yield 1
    finally:
        raise OSError("in finally")


g = gen()
next(g)
del g


def bad_exit():
    raise RuntimeError("atexit callback")


atexit.register(bad_exit)
atexit._run_exitfuncs()

u = seen[0]
T = type(u)
print(T.__name__, T.__module__, T.__qualname__, T.__mro__)
print(T.n_fields, T.n_sequence_fields, T.n_unnamed_fields, T.__match_args__)
print(len(u), u[0], u[3], u[1] is u.exc_value, u[2] is u.exc_traceback)
print(repr(u).replace(hex(id(u.object)), "ADDR").split(", exc_traceback")[0])
print(gc.is_tracked(u), sys.getrefcount(u))
try:
    u.err_msg = "x"
except AttributeError as e:
    print("AttributeError", e)
try:
    sys.__unraisablehook__(1)
except TypeError as e:
    print("TypeError", e)
try:
    sys.__unraisablehook__()
except TypeError as e:
    print("TypeError", e)
seen.clear()
u = None


def broken(u):
    raise LookupError("hook failed")


class Recorder:
    def __init__(self):
        self.pieces = []

    def write(self, s):
        self.pieces.append(s)

    def flush(self):
        self.pieces.append("<flush>")


sys.unraisablehook = broken
rec = Recorder()
sys.stderr = rec
d = D()
del d
sys.stderr = sys.__stderr__
print(rec.pieces)

sys.unraisablehook = sys.__unraisablehook__
rec = Recorder()
sys.stderr = rec
d = D()
del d
atexit.register(bad_exit)
atexit._run_exitfuncs()
sys.stderr = sys.__stderr__
for p in rec.pieces:
    print(repr(p))


class NoFlush:
    def write(self, s):
        print("write", repr(s))


sys.stderr = NoFlush()
d = D()
del d
sys.stderr = None
d = D()
del d
sys.stderr = sys.__stderr__
print("nothing written while sys.stderr was None")

buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    d = D()
    del d
print(buf.getvalue())

sys.unraisablehook = None
buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    d = D()
    del d
print(buf.getvalue().splitlines()[0])
sys.unraisablehook = sys.__unraisablehook__


class Node:
    pass


a, b = Node(), Node()
a.other, b.other = b, a
del a, b
buf = io.StringIO()
gc.set_debug(gc.DEBUG_COLLECTABLE)
with contextlib.redirect_stderr(buf):
    gc.collect()
gc.set_debug(0)
print(sorted(buf.getvalue().splitlines()))
sys.stdout.flush()
d = D()
del d


def counting_hook(u):
    print("refcounts in the hook:", sys.getrefcount(u), sys.getrefcount(u.exc_value),
          sys.getrefcount(u.exc_traceback))


sys.unraisablehook = counting_hook
d = D()
del d
sys.unraisablehook = sys.__unraisablehook__
sys.tracebacklimit = 0
buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    d = D()
    del d
del sys.tracebacklimit
print(repr(buf.getvalue()))
