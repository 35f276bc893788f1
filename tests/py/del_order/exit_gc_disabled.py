import gc

gc.disable()

class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

class H:
    pass

# __main__'s namespace is in a reference cycle (functions' __globals__), so at exit
# its objects are finalized by the shutdown collection in creation order, not in the
# namespace's order.
late = D("first created")
lst = [D("l0"), D("l1")]
d = {"a": D("da")}
h = H()
h.x = D("hx")
early = D("last created")
print("end of module")
