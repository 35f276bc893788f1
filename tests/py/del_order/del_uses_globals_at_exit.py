PREFIX = "del:"

class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(PREFIX, self.name)

a = D("a")
b = D("b")
print("end")
