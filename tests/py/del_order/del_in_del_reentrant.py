items = []

class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "items left", len(items))

items.extend([D("0"), D("1"), D("2")])
items.clear()
print("end")
