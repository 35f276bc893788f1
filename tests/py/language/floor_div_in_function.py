"""// and % of ints (small, big, negative, bool) and floats in a function."""
def f(a, b):
    return a // b, a % b
for a in (0, 1, 7, -7, 2**31 - 1, 2**31, 10**20, True):
    for b in (1, 3, -3, 2**31 - 1, 2**31, 7.5, True):
        print(a, b, f(a, b))
