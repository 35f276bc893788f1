class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
l = [D(1), D(2), D(3)]
del l
print("---")
t = (D("t1"), D("t2"))
del t
print("---")
d = {"a": D("va"), "b": D("vb")}
del d
print("---")
s = [D("s1")]
s[0] = D("s2")
print("replaced")
s = None
print("end")
