class Plugin:
    registry = []
    def __init_subclass__(cls, kind="default", **kw):
        super().__init_subclass__(**kw)
        print("init_subclass", cls.__name__, kind)
        Plugin.registry.append((cls.__name__, kind))
class A(Plugin): pass
class B(Plugin, kind="special"): pass
class C(B): pass
print(Plugin.registry)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print(e)
class Base:
    @classmethod
    def __init_subclass__(cls):
        print("explicit classmethod", cls.__name__)
class Sub(Base): pass
