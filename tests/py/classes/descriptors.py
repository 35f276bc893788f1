class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)

class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"

class P:
    x = Typed(int)
    y = NonData()
    def __init__(self, x):
        self.x = x

p = P(3)
print(p.x, p._x, type(P.x).__name__, p.y)
p.y = "shadow"
print(p.y, vars(p))
try:
    p.x = "bad"
except TypeError as e:
    print(e)
del p.x
print(hasattr(p, "_x"))
class Counter:
    calls = 0
    def __get__(self, obj, owner):
        Counter.calls += 1
        return Counter.calls
class Q:
    c = Counter()
print(Q.c, Q().c, Q.c)
