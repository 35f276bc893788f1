print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1], [2], [3])), list(zip(range(5), "xy")))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
print(list(zip([1, 2], [3, 4], strict=True)))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, [-1, 2])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(8))))
m = map(int, "123")
print(next(m), list(m), list(m))
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
print(dict(zip("ab", range(2))), type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__)
