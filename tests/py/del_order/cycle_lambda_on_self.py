import gc

class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

obj = D("obj")
obj.fn = lambda: obj
other = D("other")
other.me = [other]
del other
print("other deleted (list cycle)")
gc.collect()
print("obj still alive:", obj.name)
