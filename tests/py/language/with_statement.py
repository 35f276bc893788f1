class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, e, tb):
        print("exit", self.name, t.__name__ if t else None, e)
        return self.suppress
with CM("a") as a, CM("b"):
    print("body", a.name)
with CM("s", True):
    raise ValueError("hidden")
print("after suppress")
def gen():
    with CM("g"):
        yield 1
        yield 2
for x in gen():
    print(x)
try:
    with CM("r"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)
