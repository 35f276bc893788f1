class Res:
    def __init__(self, n):
        self.n = n
        print("open", n)
    def __del__(self):
        print("del", self.n)
def scope():
    r = Res("local")
    print("in scope")
scope()
a = Res("a")
b = a
del a
print("a deleted, b alive")
b = None
print("b rebound")
items = [Res(i) for i in range(3)]
items.pop(1)
print("popped")
items.clear()
print("cleared")
x = Res("reassign")
x = Res("new")
print("end of module")
