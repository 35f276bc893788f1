import sys

class C:
    def method(self, n):
        return n

def f(a, n):
    return n

x = C()
lst = []
print("baseline", sys.getrefcount(x))
print("second argument sees first", f(x, sys.getrefcount(x)))
print("print argument list", x is not None, sys.getrefcount(x))
print("in list display", [x, sys.getrefcount(x)][1])
print("in tuple display", (x, sys.getrefcount(x))[1])
print("in dict display", {"k": x, "n": sys.getrefcount(x)}["n"])
print("method call self on stack", x.method(sys.getrefcount(x)))
print("list.append argument", lst.append(sys.getrefcount(lst)) or lst[-1])
print("sum of two counts", sys.getrefcount(x) + sys.getrefcount(x))
print("f-string", f"{sys.getrefcount(x)}")
print("keyword argument order", f(n=sys.getrefcount(x), a=x))
print("keyword after positional", f(x, n=sys.getrefcount(x)))
print("nested call", f(x, f(x, sys.getrefcount(x))))
print("subscript target on stack", [0][sys.getrefcount(x) - sys.getrefcount(x)])
print("comparison left operand", x == x, sys.getrefcount(x))
print("conditional both", sys.getrefcount(x) if x else 0)
