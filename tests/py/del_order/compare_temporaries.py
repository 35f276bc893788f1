class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

# COMPARE_OP and IS_OP release the left operand first, as BINARY_OP does.
print(D("left") == D("right"))
print("after ==")
print(D("left") is D("right"))
print("after is")
print(D("left") + 1 if False else D("l2") != D("r2"))
print("end")
