"""Random set operations on ints (a fixed seed): after each, the set's iteration order,
which follows CPython's hash table (probing, resizes, dummies, pop's finger)."""
import random

random.seed(2026)


def rand_set(n, spread):
    return {random.randrange(-spread, spread) for _ in range(n)}


sets = [rand_set(random.randrange(0, 12), 64) for _ in range(4)]
for step in range(400):
    a = random.choice(sets)
    b = random.choice(sets)
    op = random.randrange(15)
    if op == 0:
        a.add(random.randrange(-200, 200))
    elif op == 1:
        a.discard(random.randrange(-64, 64))
    elif op == 2 and a:
        print("pop", a.pop())
    elif op == 3:
        a |= b
    elif op == 4:
        a &= b | {random.randrange(-64, 64)}
    elif op == 5:
        a -= set(list(b)[:3])
    elif op == 6:
        a ^= b
    elif op == 7:
        print("|", list(a | b), "&", list(a & b))
    elif op == 8:
        print("-", list(a - b), "^", list(a ^ b))
    elif op == 9:
        a.update(range(random.randrange(-20, 20), random.randrange(-20, 40), 3))
    elif op == 10:
        a.difference_update([random.randrange(-64, 64) for _ in range(5)])
    elif op == 11:
        print("copy", list(a.copy()), list(set(a)), list(frozenset(a)))
    elif op == 12:
        sets[random.randrange(4)] = set(random.sample(range(-300, 300), random.randrange(0, 30)))
    elif op == 13:
        a.intersection_update(b, range(-30, 30))
    elif op == 14 and len(a) > 40:
        a.clear()
    print(step, op, list(a))
print([sorted(s) == sorted(list(s)) for s in sets])
