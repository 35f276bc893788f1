class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def gen():
    r = R("gen-local")
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
print(next(g))
del g
print("after del gen")
def gen2():
    r = R("exhausted")
    yield 1
for v in gen2():
    print("v", v)
print("after loop")
g3 = gen()
print(next(g3), next(g3))
g3.close()
print("closed")
