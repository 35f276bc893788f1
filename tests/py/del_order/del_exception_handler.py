class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f():
    d = D("local")
    raise ValueError("boom")
try:
    f()
except ValueError as e:
    print("caught", e)
print("after handler")
def g():
    d = D("g-local")
    try:
        return 1
    finally:
        print("finally")
print(g())
print("end")
