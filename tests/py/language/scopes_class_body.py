x = "module"
class C:
    x = "class"
    y = x + "!"
    def m(self):
        return x
    z = [x for _ in range(1)]
print(C.y, C().m(), C.z)
class D:
    items = [1, 2]
    total = sum(items)
    names = {n: len(n) for n in ["ab", "c"]}
print(D.total, D.names)
def f():
    v = "f-local"
    class Inner:
        w = v
        def get(self): return v
    return Inner
I = f()
print(I.w, I().get())
