# sys.getsizeof of tuples, lists (capacity model), dicts and sets (memory model §6)
import sys

g = sys.getsizeof
x = 1
print("tuple:", g(()), g((x,)), g((x, x)), g((1, 2, 3)), g(tuple(range(10))))
print("list literal:", g([]), g([x]), g([x, x]), g([x, x, x]), g([1]), g([1, 2]))
print("list repeat/slice/copy/concat:", g([0] * 10), g([x, x, x][:2]), g([x, x, x].copy()), g([x] + [x, x]))
print("list(tuple/list):", g(list((1, 2, 3))), g(list([x, x, x, x, x])), g(list(())))
print("comprehension:", g([0 for _ in range(1)]), g([i for i in range(10)]), g([i for i in range(0)]))

# append growth
lst = []
sizes = []
for i in range(70):
    lst.append(i)
    sizes.append(g(lst))
print("append:", sizes)
# pop shrinkage from 100
lst = []
for i in range(100):
    lst.append(i)
shrink = []
while lst:
    lst.pop()
    shrink.append(g(lst))
print("pop:", shrink)
lst = [x] * 20
del lst[5:]
print("del slice:", g(lst))
lst.clear()
print("clear:", g(lst))
lst.insert(0, 1)
print("insert:", g(lst))

# dicts
print("dict:", g({}), g({1: 2}), g({"a": 1}), g(dict()))
d = {}
prev = None
for i in range(200):
    d[i] = i
    if g(d) != prev:
        prev = g(d)
        print("int keys", len(d), prev)
d = {}
prev = None
for i in range(100):
    d[str(i)] = i
    if g(d) != prev:
        prev = g(d)
        print("str keys", len(d), prev)
for k in list(d):
    del d[k]
print("emptied:", len(d), g(d))
d["again"] = 1
print("reused:", g(d))
d.clear()
print("cleared:", g(d))
mixed = {"a": 1}
mixed[2] = 2
print("mixed keys:", g(mixed))

# sets built by add
print("set:", g(set()), g(frozenset()))
s = set()
prev = None
for i in range(100):
    s.add(i)
    if g(s) != prev:
        prev = g(s)
        print("set add", len(s), prev)
