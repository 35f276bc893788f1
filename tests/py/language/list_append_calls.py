# x.append(v) in functions: exact lists, list subclasses, other objects with an append,
# and the references taken and released.
import sys


class Loud(list):
    def append(self, x):
        print("Loud.append", x)
        super().append(x * 10)


class Quiet(list):
    pass


class NotAList:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(("wrapped", x))
        return "returned"


def fill(target, n):
    results = []
    for i in range(n):
        results.append(target.append(i))
    return results


for t in (list(), Loud(), Quiet(), NotAList()):
    r = fill(t, 3)
    print(type(t).__name__, r, t.items if isinstance(t, NotAList) else list(t))


def refs():
    x = object()
    lst = []
    before = sys.getrefcount(x)
    for _ in range(3):
        lst.append(x)
    after = sys.getrefcount(x)
    lst.append(lst)
    return after - before, len(lst), lst[-1] is lst


print(refs())


def errors():
    lst = []
    for args in [(), (1, 2)]:
        try:
            lst.append(*args)
        except TypeError as e:
            print("TypeError", e)
    try:
        for i in range(2):
            lst.append(1 / i)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e, lst)
    m = lst.append
    for i in range(2):
        m(i)
    print(lst)


errors()


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def release_order():
    lst = []
    for i in range(2):
        lst.append(D(i))
    print("filled")
    del lst
    print("after del")


release_order()
