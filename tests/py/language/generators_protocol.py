def gen():
    print("start")
    x = yield 1
    print("got", x)
    try:
        y = yield 2
    except ValueError as e:
        print("caught", e)
        y = "recovered"
    yield y
    return "done"
g = gen()
print(next(g))
print(g.send("hello"))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closing")
c = closer()
print(next(c))
c.close()
print(list(c))
def delegate():
    r = yield from gen2()
    print("delegate got", r)
    yield "after"
def gen2():
    yield "a"
    yield "b"
    return "ret"
print(list(delegate()))
g3 = (x * x for x in range(4))
print(type(g3).__name__, next(g3), list(g3), list(g3))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
try:
    gen().send(1)
except TypeError as e:
    print(e)
