class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self):
        "the temperature"
        print("get")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set", v)
        if v < -273: raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("del")
        self._c = None
    @property
    def ro(self): return "read-only"
t = Temp()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
del t.celsius
print(t._c)
try:
    t.ro = 1
except AttributeError as e:
    print(type(e).__name__)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__)
p = property(lambda self: 42)
class Q: x = p
print(Q().x)
