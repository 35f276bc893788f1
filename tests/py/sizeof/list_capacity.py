import sys
def gen(n):
    for i in range(n):
        yield i
a = [1, 2, 3]
print([sys.getsizeof(x) for x in ([1, 2, 3], [1, 2, 3, 4, 5], [1], [1, 2], list(range(7)), list("abc"), list({1: 2}), sorted(a), list(iter(a)), list(gen(1)), list(gen(9)), [x for x in range(5)], [0] * 10)])
l = []
l.extend(range(3)); print(sys.getsizeof(l))
m = []
m += [1, 2, 3]; print(sys.getsizeof(m))
n = [1, 2]
n.extend(gen(20)); print(sys.getsizeof(n))
for k in range(20):
    n.append(k)
print(sys.getsizeof(n))
