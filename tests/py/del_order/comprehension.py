class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

names = [D(str(i)).name for i in range(3)]
print("after comprehension", names)
objs = [D("c" + str(i)) for i in range(3)]
print("built")
objs = None
print("dropped")
d = {i: D("v" + str(i)) for i in range(2)}
del d
print("dict dropped")
