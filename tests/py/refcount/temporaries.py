class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __add__(self, o): return T(self.n + o.n)
    def get(self): return self.n
print(T(1).get())
print("after temp")
x = T(1) + T(2)
print("sum made", x.n)
print((T(10) + T(20)).get())
print("after expr")
[T(i) for i in range(2)]
print("after listcomp")
del x
print("end")
