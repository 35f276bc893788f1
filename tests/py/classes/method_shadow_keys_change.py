"""A method call after the instance dict gains, loses or is cleared of keys: the dict
shadows the method exactly while it holds the name (str subclass keys included)."""
class A:
    def m(self):
        return "method"
    def n(self):
        return "n"
a = A()
for i in range(3):
    print(a.m(), a.n())
a.m = lambda: "attr"
print(a.m(), a.n())
del a.m
print(a.m())
a.__dict__["m"] = lambda: "dict"
print(a.m())
a.__dict__.clear()
print(a.m())
vars(a).update({"n": lambda: "upd"})
print(a.m(), a.n())
class S(str): pass
a.__dict__.clear()
a.__dict__[S("m")] = lambda: "sub"
print(a.m())
for name in ["x" * k for k in range(40)] + [""]:
    setattr(a, name, 1)
print(a.m(), a.n())
