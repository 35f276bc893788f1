class D:
    def __init__(self, name, child=None):
        self.name, self.child = name, child
    def __del__(self):
        print("del", self.name)
chain = D("root", D("mid", D("leaf")))
print("built")
del chain
print("released")
head = None
for i in range(3):
    head = D(f"n{i}", head)
head.child = None
print("cut")
head = None
print("end")
