class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def outer():
    o = D("outer local")
    def inner():
        i = D("inner local")
        print("inner done")
    inner()
    print("outer done")

outer()
print("end")
