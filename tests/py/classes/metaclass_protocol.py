class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.registered = True
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def hello(cls):
        return f"hello from {cls.__name__}"

class Base(metaclass=Meta, flag=1):
    def __init__(self, x):
        self.x = x
    def method(self):
        return self.x

class Child(Base):
    pass

print(type(Base), type(Child), Base.registered, Child.hello())
c = Child(5)
print(c.x, c.method(), isinstance(Child, Meta), isinstance(c, Base))

class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self):
        print("Config init")
a = Config(); b = Config()
print(a is b)

class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class A(metaclass=Registry): pass
class B(A): pass
print(Registry.classes)
M2 = type("M2", (type,), {"x": 1})
K = M2("K", (), {})
print(type(K).__name__, K.x, repr(K))
class WithPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 42}
class Q(metaclass=WithPrepare):
    pass
print(Q.injected)
import sys, gc
print(sys.getrefcount(Base) > 1, gc.is_tracked(Base))
