data = [{"n": "b", "v": 2}, {"n": "a", "v": 2}, {"n": "c", "v": 1}]
print([d["n"] for d in sorted(data, key=lambda d: (d["v"], d["n"]))])
print(list(map(lambda d: d["v"] * 10, data)), list(filter(lambda d: d["v"] > 1, data)) == data[:2])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
adders = {name: (lambda n: lambda x: x + n)(n) for name, n in [("one", 1), ("ten", 10)]}
print(adders["one"](1), adders["ten"](1))
