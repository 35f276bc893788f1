class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

lst = [D("s0"), D("s1"), D("s2"), D("s3")]
del lst[1:3]
print("after del lst[1:3]")
lst[0:2] = [1]
print("after lst[0:2] = [1]")
