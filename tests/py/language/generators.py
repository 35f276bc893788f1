def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(3)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value if hasattr(e, "value") else e.args)
print(sum(x * x for x in range(5)), list(x for x in "ab"))
def echo():
    got = yield "first"
    while True:
        got = yield f"echo {got}"
e = echo()
print(next(e), e.send(1), e.send(2))
e.close()
def delegating():
    yield from count(2)
    yield from [10, 11]
print(list(delegating()))
class D:
    def __del__(self):
        print("del D")
def holder():
    d = D()
    try:
        yield 1
        yield 2
    finally:
        print("finally in generator")
h = holder()
print(next(h))
del h
print("after del h")
print(g)
