# weakref.finalize (alive, detach, peek, atexit order) and WeakMethod (§5.4)
import gc
import weakref


class Res:
    def __init__(self, name):
        self.name = name

    def method(self):
        return "method of " + self.name


def report(*args, **kwargs):
    print("finalizer", args, sorted(kwargs.items()))
    return "result"


r = Res("a")
f = weakref.finalize(r, report, 1, key="v")
print(f.alive, f.atexit, f.peek()[0] is r, f.peek()[1:])
del r
print(f.alive, f(), f.peek(), f.detach())

r = Res("b")
f = weakref.finalize(r, report, "b")
print(f(), f.alive, f())
del r

r = Res("c")
f = weakref.finalize(r, report, "c")
obj, func, args, kwargs = f.detach()
print(obj is r, func is report, args, kwargs, f.alive)
del r, obj

# finalizer of an object in a cycle runs during collection
r = Res("cycle")
r.me = r
weakref.finalize(r, report, "cycle")
del r
print("collect:", gc.collect() > 0)

# live finalizers at exit run newest first, skipping atexit=False
keep = [Res(str(i)) for i in range(4)]
fs = [weakref.finalize(keep[i], print, "at exit", i) for i in range(4)]
fs[1].atexit = False
fs[3].detach()
print(fs[1].atexit, fs[0].atexit)
print(repr(fs[0]).startswith("<finalize object at 0x"), "; for 'Res' at 0x" in repr(fs[0]))

# WeakMethod
r = Res("m")
wm = weakref.WeakMethod(r.method)
print(wm()(), wm() is wm(), isinstance(wm, weakref.ref))
print("plain ref to bound method:", weakref.ref(r.method)())
wm2 = weakref.WeakMethod(r.method, lambda w: print("weakmethod callback", w() is None))
print(wm == wm2, hash(wm) == hash(wm2))
try:
    weakref.WeakMethod(report)
except TypeError as e:
    print("TypeError:", e)
del r
print(wm(), wm2())
print("end of program")
