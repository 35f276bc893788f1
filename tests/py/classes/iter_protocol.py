class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(5)), max(Countdown(4)), sorted(Countdown(3)))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
c = Countdown(2)
print(iter(c) is c, list(zip(Countdown(3), "ab")), dict(enumerate(Countdown(2), 10)))
class CallIter:
    def __init__(self): self.i = 0
    def __call__(self):
        self.i += 1
        return self.i
print(list(iter(CallIter(), 4)))
a, *b = Countdown(4)
print(a, b)
print(*Countdown(3), sep="-")
try:
    iter(5)
except TypeError as e:
    print(e)
class NotIter:
    def __iter__(self): return 5
try:
    iter(NotIter())
except TypeError as e:
    print(e)
print(list(map(lambda x: x * 2, Countdown(3))), [x for x in Countdown(3) if x])
