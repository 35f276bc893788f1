class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def inner():
    i = D("inner local")
    raise ValueError("x")

def middle():
    m = D("middle local")
    try:
        inner()
    except ValueError:
        print("middle re-raises")
        raise

try:
    middle()
except ValueError:
    print("caught at top")
print("after")
