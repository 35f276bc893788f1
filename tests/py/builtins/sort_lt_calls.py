# list.sort calls __lt__ once per comparison, as timsort does: the count for runs, random
# data and reversed data, short and long lists.
import random

calls = []


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v


random.seed(3)
for n in (10, 63, 64, 100, 300):
    for data in (list(range(n)), list(range(n, 0, -1)), [random.randrange(50) for _ in range(n)]):
        calls.clear()
        out = [k.v for k in sorted(K(v) for v in data)]
        print(n, len(calls), out == sorted(data), calls[:3], calls[-2:])
calls.clear()
items = [K(v) for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5] * 8]
items.sort(reverse=True)
print(len(calls), [k.v for k in items][:10])
