import gc

class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

# Exit-time finalization follows the collector's list order: a collection moves objects
# reachable only through a younger container (the list) behind it, in traverse order
# (lists traverse last-to-first).
lst = [D("l0"), D("l1")]
p = D("p")
gc.collect()
q = D("q")
print("end of module")
