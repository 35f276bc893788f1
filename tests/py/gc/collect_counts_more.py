import gc

class N:
    pass

def report(label):
    print(label, gc.collect())

gc.collect()
def make_closure_cycle():
    def rec():
        return rec
    return rec
f = make_closure_cycle()
del f
report("recursive closure")
w = N()
w.cb = w.__init__
del w
report("bound method on self")
a = [N(), N()]
a.append(a)
del a
report("list with two instances and itself")
d = {"x": N()}
d["self"] = d
del d
report("dict self cycle with an instance")
t = N()
t.tup = (t, N())
del t
report("instance <-> tuple")
report("nothing left")
