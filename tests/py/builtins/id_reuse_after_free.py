# id() is an address: a freed object's id may go to an object made after the free
# (pymalloc hands the block to the next allocation of its size), never to one that was
# alive alongside it, even when that one's id is asked for only later.
import gc
import sys

a = [1]
b = [2]
ida = id(a)
del a
junk = [3]
print("alive alongside:", id(b) == ida)
print("made after the free:", id(junk) == ida)
s = "abc" * 3
ids = id(s)
s = s + "!"
print("s = s + '!':", id(s) == ids)
print("C() twice:", id(object()) == id(object()))


# The seen-set walker of a well-known answer: sizes of everything reachable, each id once.
def getsize(obj):
    seen = set()
    size = 0
    objects = [obj]
    while objects:
        need = []
        for o in objects:
            if not isinstance(o, type) and id(o) not in seen:
                seen.add(id(o))
                size += sys.getsizeof(o)
                need.append(o)
        objects = gc.get_referents(*need)
    return size


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


data = {"points": [Point(i, i * 1000) for i in range(20)], "name": "x" * 50, "pair": (1.5, 2.5)}
print(getsize(data))
