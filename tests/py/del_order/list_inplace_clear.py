class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

lst = [D("a"), D("b"), D("c")]
lst *= 0
print("after *= 0")
lst = [D("x"), D("y")]
lst[:] = [D("z")]
print("after slice replace")
