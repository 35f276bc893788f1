# random.Random instances: independent streams, state save/restore, subclassing.
import random

a = random.Random(123)
b = random.Random(123)
print(a.random() == b.random(), a.randint(0, 10**30), b.randint(0, 10**30))
c = random.Random("seed text")
print(c.random(), c.choice(range(1000)))
state = a.getstate()
print(type(state).__name__, state[0], len(state[1]), state[2])
first = [a.random() for _ in range(3)]
a.setstate(state)
print(first == [a.random() for _ in range(3)])
a.seed(5)
x = a.random()
a.seed(5)
print(x == a.random())

# the module-level functions share one hidden instance
random.seed(99)
s1 = [random.random() for _ in range(3)]
random.seed(99)
print(s1 == [random.random(), random.random(), random.random()])
print(random.Random(99).random() == s1[0])


class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)


d = Dice(2)
print([d.roll() for _ in range(10)], isinstance(d, random.Random))
print([c.__name__ for c in Dice.__mro__][:2], type(random.random).__name__)


class Counting(random.Random):
    def __init__(self, seed):
        self.calls = 0
        super().__init__(seed)

    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)


cr = Counting(3)
print(cr.randrange(1000), cr.calls, cr.choice("xyz"), cr.calls)
g = random.Random(11)
print(g.gauss_next is None, round(g.gauss(), 9), g.gauss_next is not None)
