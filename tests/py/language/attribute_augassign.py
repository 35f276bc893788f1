"""o.name op= v in a function: loaded and stored at one object, both operands released,
errors from the load reported at the statement."""
import sys


class C:
    def __init__(self):
        self.n = 1
        self.f = 1.5
        self.items = [1]


class Slotted:
    __slots__ = ("x",)

    def __init__(self):
        self.x = 10


def bump(c, k):
    c.n += k
    c.f *= 2
    c.n += c.n
    c.items += [2, 3]
    try:
        c.missing += 1
    except AttributeError as e:
        print("AttributeError:", e)
    return c.n, c.f, c.items


def slots(s):
    s.x -= 3
    s.x //= 2
    return s.x


c = C()
items = c.items
print(bump(c, 3), sys.getrefcount(c), c.items is items)
print(slots(Slotted()))
