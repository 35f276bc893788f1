# sys.getsizeof as CPython 3.11: bytes 33 + n; bytearray 56 + its buffer, which grows and
# shrinks by PyByteArray_Resize's rules; neither is tracked by the collector.
import gc
import sys

print(sys.getsizeof(b""), sys.getsizeof(b"a"), sys.getsizeof(b"abc" * 10))
print(sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b"abc")), sys.getsizeof(bytearray(10)))
print(b"".__sizeof__(), bytearray(b"ab").__sizeof__())
print(gc.is_tracked(b"abc"), gc.is_tracked(bytearray(b"abc")), gc.is_tracked(iter(b"x")))
print(sys.getsizeof(iter(b"x")), sys.getsizeof(iter(bytearray())))

ba = bytearray()
sizes = []
for i in range(200):
    s = sys.getsizeof(ba)
    if not sizes or sizes[-1][1] != s:
        sizes.append((len(ba), s))
    ba.append(i & 0xFF)
print("append", sizes)

sizes = []
while ba:
    s = sys.getsizeof(ba)
    if not sizes or sizes[-1][1] != s:
        sizes.append((len(ba), s))
    ba.pop()
print("pop", sizes)

n = 17
base = b"ab" * n
cases = {
    "list": bytearray([1] * n),
    "tuple": bytearray((1,) * n),
    "range": bytearray(range(n)),
    "iter": bytearray(iter([1] * n)),
    "bytes": bytearray(base),
    "int": bytearray(n),
    "str": bytearray("x" * n, "ascii"),
    "repeat": bytearray(base) * 2,
    "concat": bytearray(base) + b"xyz",
    "slice": bytearray(base)[1:],
    "copy": bytearray(base).copy(),
    "upper": bytearray(base).upper(),
}
for name, value in cases.items():
    print(name, len(value), sys.getsizeof(value))


def after(action):
    a = bytearray(base)
    action(a)
    return len(a), sys.getsizeof(a)


print("extend", after(lambda a: a.extend(b"x" * 3)))
print("extend list", after(lambda a: a.extend([1] * 30)))


def iadd(a):
    a += b"y" * 5


def imul(a):
    a *= 2


def front_slice(a):
    a[0:0] = b"xyz"


def del_front(a):
    del a[0:20]


def del_front_small(a):
    del a[0:3]


def del_end(a):
    del a[-1:]


def del_step(a):
    del a[::2]


print("iadd", after(iadd))
print("imul", after(imul))
print("insert", after(lambda a: a.insert(0, 1)))
print("front slice", after(front_slice))
print("del front", after(del_front))
print("del front small", after(del_front_small))
print("del end", after(del_end))
print("del step", after(del_step))
print("clear", after(lambda a: a.clear()))
print("pop front", after(lambda a: a.pop(0)))
print("remove", after(lambda a: a.remove(98)))


def front_then_append(a):
    del a[0:3]
    for _ in range(5):
        a.append(0)


print("front then append", after(front_then_append))
