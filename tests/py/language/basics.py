def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(10)])
squares = {i: i * i for i in range(5)}
print(squares)
print(sum(x for x in [1, 2, 3]) if False else sum([1, 2, 3]))
words = "the quick brown fox".split()
print(sorted(words, key=len), max(words), min(words, key=len))
print(" | ".join(w.upper() for w in words) if False else " | ".join([w.upper() for w in words]))
a, *rest = [1, 2, 3, 4]
print(a, rest)
print(f"{'left':<8}|{'right':>8}|{'mid':^9}|")
print(f"{255:#x} {255:08b} {3.5:e} {0.25:%} {1e20} {1.5e-7} {123456789.0}")
print("%s and %d and %.3f and %r" % ("s", 42, 3.14159, "r"))
print("{0} {name} {0}".format("pos", name="kw"))
try:
    "{} {0}".format(1)
except ValueError as e:
    print(e)
print(divmod(17, 5), 17 // -5, 17 % -5, -17 // 5, 2 ** 100, 7 / 2)
print(round(2.5), round(3.5), round(2.675, 2), abs(-3), int("42"), float("1.5"))
print(list(zip([1, 2], "ab")), list(enumerate("xy", 1)), list(map(str, [1, 2])))
print(list(filter(None, [0, 1, 2])), list(reversed([1, 2, 3])), any([0, 1]), all([1, 0]))
nums = [5, 3, 8]
nums.sort()
nums.append(1)
nums.insert(0, 9)
print(nums, nums.index(8), nums.count(3), nums[1:3], nums[::-1])
d = {"a": 1}
d.update(b=2)
print(d.get("c", 0), d.setdefault("c", 3), list(d.items()), "a" in d, len(d))
s = "Hello, World"
print(s.lower(), s.replace("l", "L"), s.startswith("He"), s.find("o"), s[::2], s[-5:])
print(isinstance(True, int), issubclass(bool, int), type(1.0).__name__, repr("it's"))
x = 10
def scope():
    global x
    x += 1
scope()
print(x)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c()
print(c())
print((lambda a, b=2, *args, **kw: (a, b, args, kw))(1, 3, 4, k=5))
class Base:
    def hello(self):
        return "base"
class Child(Base):
    def hello(self):
        return "child+" + super().hello()
print(Child().hello(), Child.__mro__ if False else [k.__name__ for k in Child.__mro__])
class P:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v * 10
    @staticmethod
    def s():
        return "static"
    @classmethod
    def c(cls):
        return cls.__name__
print(P().v, P.s(), P.c())
i = 0
while True:
    i += 1
    if i > 3:
        break
else:
    print("never")
print(i)
print(1 < 2 < 3, 1 < 3 < 2, not None, None is None, [] == [], 3 in [1, 2, 3])
