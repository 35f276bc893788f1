a, b = 1, 2
a, b = b, a
print(a, b)
x, *ys, z = range(6)
print(x, ys, z)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *_ = "hello"
print(first, _)
try:
    m, n = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    m, n, o = [1, 2]
except ValueError as e:
    print(e)
try:
    m, n = 5
except TypeError as e:
    print(e)
print([*range(3), *"ab"], {**{"a": 1}, "b": 2, **{"a": 3}}, (*[1], 2), {*[1, 2], 3})
def f(*args, **kwargs): return args, kwargs
print(f(*[1, 2], *(3,), **{"k": 1}, **{"j": 2}))
for i, (k, v) in enumerate({"x": 1}.items()):
    print(i, k, v)
a = b = c = []
a.append(1)
print(b, c is a)
