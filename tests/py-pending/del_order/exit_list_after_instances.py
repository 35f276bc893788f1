class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

# At exit CPython finalizes the globals' instances first; objects held only inside a
# list global are released afterwards.
items = [D("in list")]
k = D("plain global")
print("end of module")
