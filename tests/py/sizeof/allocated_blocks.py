# sys.getallocatedblocks(): how many memory blocks the interpreter holds. Its value
# depends on start-up; what a program changes does not: each object is a block, a list's
# items and a dict's keys table are one more each, an instance's inline values one more,
# and freeing gives them back.
import sys


class P:
    def __init__(self):
        self.x = 1
        self.y = 2


class Q:
    __slots__ = ("a",)


print(type(sys.getallocatedblocks()).__name__)
b0 = sys.getallocatedblocks()
b1 = sys.getallocatedblocks()
print("the int the first call made", b1 - b0)
x = object()
b2 = sys.getallocatedblocks()
print("object()", b2 - b1)
items = []
b3 = sys.getallocatedblocks()
print("[]", b3 - b2)
items.append(1)
b4 = sys.getallocatedblocks()
print("first append", b4 - b3)
objs = [object() for _ in range(1000)]
b5 = sys.getallocatedblocks()
print("1000 objects in a list", b5 - b4)
table = {i: str(i) for i in range(1000)}
b6 = sys.getallocatedblocks()
print("dict of 1000 int -> str", b6 - b5)
ps = [P() for _ in range(100)]
qs = [Q() for _ in range(100)]
b7 = sys.getallocatedblocks()
print("100 instances, 100 slotted", b7 - b6)
del objs
print("del the objects", sys.getallocatedblocks() - b7)
del table, ps, qs
print("all gone", sys.getallocatedblocks() - b0)
try:
    sys.getallocatedblocks(1)
except TypeError as e:
    print(e)
