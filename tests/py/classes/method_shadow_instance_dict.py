# A method call site skips the instance-dict look for dicts whose keys it has seen
# without the method's name; these instances change their keys under it.
class A:
    def __init__(self, x):
        self.x = x
        self.y = 0

    def m(self):
        return "method"


class B(A):
    pass


def call_all(objs):
    return [o.m() for o in objs]


a1, a2, a3 = A(1), A(2), A(3)
print(call_all([a1, a2, a3]))
a2.m = lambda: "shadow on a2"  # new key: other keys than a1's
print(call_all([a1, a2, a3]))
del a2.m  # deleted: the keys are no longer known
print(call_all([a1, a2, a3]))
a3.__dict__["m"] = lambda: "via __dict__"
print(call_all([a1, a2, a3]))
a3.__dict__.clear()
print(call_all([a1, a3]))
a3.x = 5
a3.y = 6
print(call_all([a1, a3]))
b = B(1)
print(call_all([a1, b, a1, b]))
b.m = lambda: "shadow on b"
print(call_all([a1, b, a1, b]))
# Same keys in another order, then the name as a later key.
c = A.__new__(A)
c.y = 1
c.x = 2
print(call_all([c, a1]))
c.m = lambda: "c"
print(call_all([c, a1]))
# A non-str key, then the name.
d = A(0)
d.__dict__[1] = "int key"
print(call_all([d]))
d.__dict__["m"] = lambda: "d"
print(call_all([d]))


# Four and more layouts at one site, in turn.
class C1(A): pass
class C2(A): pass
class C3(A): pass
class C4(A): pass
class C5(A): pass


objs = [k(0) for k in (C1, C2, C3, C4, C5)] * 2
print(call_all(objs))
objs[3].m = lambda: "C4 shadow"
print(call_all(objs))


class S:
    def name(self):
        return "S.name"


s = S()
for i in range(3):
    print(s.name())
    s.name = lambda i=i: f"instance {i}"
