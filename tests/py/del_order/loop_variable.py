class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

for i in range(3):
    obj = D(f"iter {i}")
print("loop done")
del obj
for item in [D("e0"), D("e1"), D("e2")]:
    print("visit", item.name)
print("after for over literal")
del item
print("end")
