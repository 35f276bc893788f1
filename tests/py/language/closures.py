def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
print(c(), c(), c(10), c.__closure__[0].cell_contents)
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late())
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def g():
    global x
    x = "rebound"
g()
print(x)
def shadow():
    try:
        print(y)
        y = 1
    except UnboundLocalError as e:
        print(e)
shadow()
def deep():
    a = 1
    def l1():
        def l2():
            return a + 1
        return l2
    return l1()()
print(deep())
print(type(c.__closure__[0]).__name__)
