"""An instance's attributes live in an inline values array sized by its class's shared keys:
30 slots for the first instance, one fewer for each instance made after, down to the
attribute count plus one. So the first few dozen instances cost more than the rest, a
__slots__ class costs neither, and the __dict__ of such an instance is a split dict whose
getsizeof counts the class's current slots."""
import sys
import tracemalloc


class B:
    pass


class A:
    def __init__(self):
        self.x = 1


class A3:
    def __init__(self):
        self.x = 1
        self.y = 2
        self.z = 3


class S:
    __slots__ = ("x", "y", "z")

    def __init__(self):
        self.x = 1
        self.y = 2
        self.z = 3


tracemalloc.start()
get = tracemalloc.get_traced_memory
for cls in (B, A, A3, S):
    keep = [None] * 60
    out = []
    for i in range(60):
        a0 = get()[0]
        keep[i] = cls()
        out.append(get()[0] - a0)
    print(cls.__name__, out)


class P:
    def __init__(self):
        self.x = 1
        self.y = 2


ps = [P() for i in range(40)]
print(sys.getsizeof(ps[0].__dict__), sys.getsizeof(ps[-1].__dict__), sys.getsizeof(P().__dict__))
q = P()
a0 = get()[0]
d = q.__dict__
print(get()[0] - a0, sys.getsizeof(d))
d["z"] = 3
print(sys.getsizeof(d))


class Q:
    pass


qq = Q()
qq.a = 1
print(sys.getsizeof(qq.__dict__), sys.getsizeof({}), sys.getsizeof({"a": 1}))
