# Unpacking into locals releases the locals' old values; what their __del__ or a weakref
# callback raises is reported as unraisable and the unpacking goes on.
import weakref
class Bad:
    def __del__(self):
        raise ValueError("from del")
class T:
    pass
def cb(r):
    raise KeyError("from callback")
def f(pairs):
    out = []
    for a, b in pairs:
        out.append(b)
    return out
t = T()
r = weakref.ref(t, cb)
for i in range(3):
    print(f([(Bad(), 1), (Bad(), 2)]))
    print(f([(t, 1), (2, 3)]))
del t
print("end")
