def show(*args, sep="|", **kw):
    return sep.join(map(str, args)) + (" " + str(kw) if kw else "")
print(show(1, 2, 3), show(*"abc", sep="-"), show(*range(3), **{"x": 1}))
args = (1, 2)
kwargs = {"sep": "+"}
print(show(*args, *args, **kwargs), show(0, *args, 9, **kwargs, extra=True))
def pairs(a, b, c=0): return a + b + c
print(pairs(*[1, 2]), pairs(*[1], **{"b": 5}), pairs(**dict(a=1, b=2, c=3)))
try:
    pairs(*[1, 2, 3, 4])
except TypeError as e:
    print(e)
try:
    pairs(1, **{"a": 2, "b": 3})
except TypeError as e:
    print(e)
