# A function's frame is reused by the next call at its depth; a call of another function
# whose globals are a new dict (eval, exec) must read that dict, even when the new dict
# reuses the memory of one freed meanwhile.
class O:
    pass


def step(v):
    f1 = eval("lambda: x", {"x": v})
    r1 = f1()
    del f1
    o = O()
    f2 = eval("lambda: x", {"x": v + 100})
    o.x = "attribute of o"
    return r1, f2()


for i in range(4):
    print(step(i))

keep = []


def step2(val):
    g = {"x": val}
    exec("def f():\n    return x\n", g)
    fn = g.pop("f")
    del g
    r = fn()
    del fn
    o = O()
    o.x = "instance attr %d" % val
    keep.append(o)
    return r


for i in range(6):
    print(step2(i))
