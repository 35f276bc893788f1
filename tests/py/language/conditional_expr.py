for v in [0, 1, None, "", "x", [], [0]]:
    print(repr(v), "truthy" if v else "falsy", v or "default", v and "and")
x = 5
print("big" if x > 3 else "small", 1 if False else 2 if True else 3)
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, None is None is not False)
print(not x, not not x, -x if x else x, x if x else -x)
a = [] or {} or 0 or "last"
print(a, (0 and 1), (1 and 0), ("" or None))
def side(v):
    print("side", v)
    return v
print(side(0) and side(1), side(1) or side(2))
print(side(1) < side(2) < side(0))
