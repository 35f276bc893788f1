class Res:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ and typ.__name__, val, tb is not None)
        return self.suppress
with Res("outer", True):
    with Res("inner"):
        raise KeyError("k")
print("continued")
try:
    with Res("e1"), Res("e2"):
        raise ValueError("v")
except ValueError as e:
    print("caught", e)
class BadEnter:
    def __enter__(self): raise RuntimeError("enter failed")
    def __exit__(self, *a): print("not called")
try:
    with BadEnter():
        print("no")
except RuntimeError as e:
    print(e)
class ExitRaises:
    def __enter__(self): return 1
    def __exit__(self, *a): raise TypeError("from exit")
try:
    with ExitRaises() as v:
        print("v =", v)
        raise ValueError("original")
except TypeError as e:
    print(e, type(e.__context__).__name__)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
