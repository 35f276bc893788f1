print(sum([1, 2, 3]), sum([], 10), sum([0.1, 0.2]), sum([[1], [2]], []), sum(range(5), start=100))
print(sum([1.5, 2, True]), sum(x * x for x in range(4)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
print(any([]), all([]), any([0, "", 1]), all([1, "a", [0]]), all([1, 0]), any(x > 3 for x in range(5)))
def gen():
    for i in range(5):
        print("yield", i)
        yield i
print(any(v > 1 for v in gen()))
print(all(v < 1 for v in gen()))
print(abs(-5), abs(3.5), abs(-0.0), abs(True), divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(2, 8), pow(2, -1), pow(-2, 3), pow(7, 2, 5), pow(3, -1, 7), round(3.14159, 3), round(7))
