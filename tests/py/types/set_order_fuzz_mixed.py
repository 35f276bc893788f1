"""Random adds, discards, pops and unions on sets of ints, floats, big ints and (nested)
tuples of those: iteration order and pops as CPython's table gives them."""
import random
rng = random.Random(12345)
def member():
    k = rng.randrange(6)
    if k == 0:
        return rng.randrange(-50, 50)
    if k == 1:
        return rng.randrange(-50, 50) / 4
    if k == 2:
        return (rng.randrange(10), rng.randrange(10))
    if k == 3:
        return (rng.randrange(5), (rng.randrange(3), rng.random() < 0.5))
    if k == 4:
        return rng.choice([2**62, -2**63, 2**64 + 5, 1e20, -1e-5, 0.1])
    return (rng.randrange(-3, 3) * 0.5, rng.randrange(2**40))
out = []
for trial in range(60):
    s = set()
    for step in range(rng.randrange(1, 120)):
        op = rng.random()
        m = member()
        if op < 0.6:
            s.add(m)
        elif op < 0.8:
            s.discard(m)
        elif op < 0.9 and s:
            out.append(repr(s.pop()))
        else:
            s |= {member() for _ in range(3)}
    out.append(repr(s))
    out.append(repr(frozenset(s)))
    out.append(repr(set(list(s))))
print(len(out))
for line in out:
    print(line)
