# A replaced attribute value is released while the owner is still held by the store
# (STORE_ATTR holds the owner on the stack): its __del__ sees the owner's count with it.
import sys


class Owner:
    pass


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag, "owner refs", sys.getrefcount(owner))


def store_local(o, v):
    o.x = v


def store_const(o):
    o.x = None


def store_attr_of_attr(o, v):
    o.inner.x = v


def aug_store(o, step):
    o.n += step


class Step:
    pass


owner = Owner()
owner.inner = owner
for i in range(4):
    owner.x = Noisy(f"local {i}")
    store_local(owner, i)
for i in range(4):
    owner.x = Noisy(f"const {i}")
    store_const(owner)
for i in range(4):
    owner.x = Noisy(f"nested {i}")
    store_attr_of_attr(owner, i)
print("module-level store")
owner.x = Noisy("module")
owner.x = 0


class Counter:
    def __init__(self, tag):
        self.tag = tag

    def __add__(self, other):
        print("add", self.tag, "operand refs", sys.getrefcount(other) - 1,
              "owner refs", sys.getrefcount(owner))
        return Counter(self.tag + "+")

    def __del__(self):
        print("del counter", self.tag, "owner refs", sys.getrefcount(owner))


for i in range(4):
    owner.n = Counter(f"c{i}")
    aug_store(owner, Step())
    print("n is", owner.n.tag)
owner.n = 0
for i in range(4):
    aug_store(owner, 1)
print(owner.n)


def same_value(o):
    o.x = o.x


owner.x = Noisy("same")
for i in range(3):
    same_value(owner)
print("still", owner.x.tag)
owner.x = None
print("end")
