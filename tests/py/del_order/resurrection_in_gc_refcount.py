import gc, sys
saved = []

class R:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "refcount in __del__", sys.getrefcount(self))
        saved.append(self)

a = R("resurrected in gc")
a.me = a
del a
gc.collect()
print("saved", len(saved))
print("end")
