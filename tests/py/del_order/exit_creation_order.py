class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

# At exit the order follows object creation, not the order of the module's names.
second = D("created first")
first = D("created second")
second, first = first, second
late = D("created third")
print("end of module")
