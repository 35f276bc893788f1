# print passes each piece to a file's write() as the object str() gives: an exact str
# argument itself, a __str__'s result itself, the sep and end objects themselves.
class W:
    def __init__(self): self.got = []
    def write(self, s): self.got.append(s)
s = "".join(["a", "b"])
class P:
    def __str__(self): return s
w = W()
print(s, P(), 5, sep="--", end="!!", file=w)
print([type(x).__name__ for x in w.got], w.got[0] is s, w.got[2] is s, w.got)
sep = "".join(["-", "-"])
w2 = W()
print(1, 2, sep=sep, file=w2)
print(w2.got[1] is sep, w2.got)
