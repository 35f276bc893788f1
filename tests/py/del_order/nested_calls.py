class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def inner():
    i = D("inner local")
    print("inner returning")
    return 1

def middle():
    m = D("middle local")
    inner()
    print("middle after inner")
    return 2

def outer():
    o = D("outer local")
    middle()
    print("outer after middle")

outer()
print("done")
