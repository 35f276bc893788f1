class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def inner():
    i = D("inner frame local")
    raise ValueError("inner")

def outer():
    o = D("outer frame local")
    try:
        inner()
    except ValueError as e:
        raise KeyError("outer") from e

try:
    outer()
except KeyError as err:
    saved = err
print("saved outer exception")
saved.__cause__ = None
print("cause cleared")
saved = None
print("all dropped")
