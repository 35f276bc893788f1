class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def f():
    x = D("in f")
    raise ValueError("v")

# The TypeError's __context__ is the ValueError, whose traceback holds f's frame.
try:
    try:
        f()
    except ValueError:
        raise TypeError("t")
except TypeError:
    print("caught TypeError")
print("after")
