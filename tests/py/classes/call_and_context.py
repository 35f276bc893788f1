class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x) * scale, rest, kw
a = Adder(3)
print(a(1), a(1, 2, 3, scale=2, k="v"), callable(a), callable(Adder), callable(3))
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.name == "swallow"
with CM("a") as x, CM("b") as y:
    print("body", x.name, y.name)
with CM("swallow"):
    raise ValueError("hidden")
print("after swallow")
try:
    with CM("propagate"):
        raise KeyError("k")
except KeyError as e:
    print("caught", e)
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
