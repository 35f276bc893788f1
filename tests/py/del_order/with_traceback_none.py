class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def boom():
    local = D("local")
    raise KeyError("k")

try:
    boom()
except KeyError as e:
    saved = e
saved.__traceback__ = None
print("traceback cleared")
del saved
print("end")
