Point = tuple
p = (3, 4)
x, y = p
print(p, x, y, p[0] ** 2 + p[1] ** 2, p == (3, 4), p < (3, 5), hash(p) == hash((3, 4)))
records = [("b", 2), ("a", 1), ("c", 3)]
print(sorted(records), sorted(records, key=lambda r: r[1], reverse=True), dict(records))
for name, val in records:
    print(f"{name}={val}", end=" ")
print()
print(tuple(x * 2 for x in range(3)), tuple(), (1,) * 0, tuple([[]])[0] is not None)
