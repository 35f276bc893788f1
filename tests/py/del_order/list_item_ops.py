class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

lst = [D("a"), D("b"), D("c"), D("d")]
lst.pop()
print("after pop")
lst.pop(0)
print("after pop(0)")
lst[0] = D("b2")
print("after item assignment")
del lst[0]
print("after del item")
x = lst[0]
lst.remove(x)
print("after remove, still named")
del x
print("after del name")
