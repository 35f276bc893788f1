class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def f():
    result = [D("item " + str(i)).name for i in range(2)]
    print("comprehension done", result)
    keep = [D("keep " + str(i)) for i in range(2)]
    print("returning")

f()
print("end")
