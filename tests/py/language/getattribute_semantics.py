class Tracing:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        print("get", name)
        return super().__getattribute__(name)
    def method(self):
        return "m"
t = Tracing()
print(t.x, t.method())
print(hasattr(t, "nope"), getattr(t, "nope", "dflt"))

class Fallback:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback:{name}"
f = Fallback()
print(f.secret_x, f.__class__.__name__)

class Strict:
    def __getattribute__(self, name):
        raise AttributeError(f"no {name}")
s = Strict()
try:
    s.anything
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(s, "y", 42), hasattr(s, "z"))
print(type(s).__name__)

class Counter:
    count = 0
    def __getattribute__(self, name):
        type(self).count += 1
        return object.__getattribute__(self, name)
c = Counter()
c.a = 5
for _ in range(3):
    c.a
print(Counter.count)
try:
    object.__getattribute__(c, "missing")
except AttributeError as e:
    print(e)
print(object.__getattribute__(c, "a"))

class P:
    @property
    def v(self):
        return "prop"
    def __getattribute__(self, name):
        r = object.__getattribute__(self, name)
        return r.upper() if isinstance(r, str) else r
print(P().v)
class Raises:
    def __getattribute__(self, name):
        raise KeyError(name)
try:
    getattr(Raises(), "k", None)
except KeyError as e:
    print("KeyError", e)
