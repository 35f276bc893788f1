import sys
print("a", "b", "c")
print("a", "b", sep="-")
print("x", end="")
print("y", end="!\n")
print(1, 2, 3, sep="", end="\n\n")
print()
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*[1, 2, 3], sep=", ")
print("none sep", sep=None, end=None)
try:
    print(1, sep=5)
except TypeError as e:
    print(e)
try:
    print(1, end=[])
except TypeError as e:
    print(e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("into", "object", file=w)
print(w.parts)
print(None, True, 1.5, [1, "a"], {"k": (1,)}, sep="|")
