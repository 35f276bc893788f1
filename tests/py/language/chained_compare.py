def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 1, 1 == 1 != 2, 1 < 2 <= 2 < 3, "a" < "b" < "c", [1] < [2] < [3])
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] in [[5]], x is x is not None)
