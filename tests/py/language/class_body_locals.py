class A:
    x = 1
    y = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
    snapshot = dict(locals())
print(A.names, sorted(k for k in A.snapshot if not k.startswith("__")), A.snapshot["__qualname__"])
def outer():
    v = 5
    class B:
        w = v
        loc = sorted(locals())
    return B
print(outer().loc, outer().w)
