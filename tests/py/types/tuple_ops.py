t = (1, "a", 2.5, None)
print(t, t[1], t[-1], t[1:3], len(t), t.count(1), t.index("a"), 2.5 in t)
print((1,), (), tuple(), tuple("ab"), (1, 2) + (3,), (0,) * 3, (1, 2) < (1, 2, 0), (1, 2) == (1, 2))
a, b = (1, 2)
print(a, b, type(()).__name__, hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t.index("zz")
except ValueError as e:
    print(e)
try:
    hash(([],))
except TypeError as e:
    print(e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], sorted([(2, "b"), (1, "z"), (2, "a")]), max((1, 2), (1, 3)))
t2 = (1, [2])
t2[1].append(3)
print(t2, repr((("x",),)), str((1.0, "s")))
