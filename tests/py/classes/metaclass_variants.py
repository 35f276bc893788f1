import gc, sys, weakref

def upper_attrs(name, bases, ns):
    return type(name, bases, {k.upper() if not k.startswith('__') else k: v for k, v in ns.items()})

class Shouty(metaclass=upper_attrs):
    greeting = "hi"
print(Shouty.GREETING, hasattr(Shouty, "greeting"))

class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)

class Plugin:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append((cls.__name__, tag))

class PluginMeta(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns, **kw)

class P1(Plugin, metaclass=PluginMeta, tag="one"): pass
print(Plugin.registry, type(P1).__name__)

class Meta(type):
    @property
    def label(cls):
        return f"<{cls.__name__}>"
    def __repr__(cls):
        return f"Meta-class {cls.__name__}"
    def __len__(cls):
        return 99
class Thing(metaclass=Meta):
    pass
print(Thing.label, repr(Thing), len(Thing), Thing)

class Dying(type):
    pass
def make():
    class Temp(metaclass=Dying):
        def __del__(self):
            print("instance freed")
    return Temp
T = make()
t = T()
wr = weakref.ref(T)
print(sys.getrefcount(Dying) > 2)
del t
del T
gc.collect()
print(wr())
class Counted(type):
    count = 0
    def __call__(cls, *a, **k):
        Counted.count += 1
        return super().__call__(*a, **k)
class X(metaclass=Counted):
    def __init__(self, v):
        self.v = v
xs = [X(i) for i in range(5)]
print(Counted.count, xs[3].v, type.__call__(X, 7).v, Counted.count)
print(isinstance(X, type), issubclass(Counted, type), type(type(X)))
print(type.__new__(Counted, "Y", (), {}).__name__)
try:
    type.__new__(int, "Z", (), {})
except TypeError as e:
    print(e)
