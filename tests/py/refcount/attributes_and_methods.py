import sys

class C:
    shared = []

    def __init__(self):
        self.items = []

    def method(self):
        return sys.getrefcount(self)

    def method_arg(self, o):
        return sys.getrefcount(o)

    def count_items(self):
        return sys.getrefcount(self.items)

    @staticmethod
    def static(o):
        return sys.getrefcount(o)

    @classmethod
    def klass(cls, o):
        return sys.getrefcount(o)

    @property
    def prop(self):
        return sys.getrefcount(self)

obj = C()
print("instance baseline", sys.getrefcount(obj))
print("instance attribute", sys.getrefcount(obj.items))
alias = obj.items
print("attribute aliased", sys.getrefcount(obj.items))
del alias
print("class attribute", sys.getrefcount(C.shared))
print("class attribute via instance", sys.getrefcount(obj.shared))
print("method call self", obj.method())
print("method arg", obj.method_arg(obj))
print("unbound call C.method(obj)", C.method(obj))
bm = obj.method
print("bound method held, instance", sys.getrefcount(obj))
print("bound method object", sys.getrefcount(bm))
print("call through held bound method", bm())
del bm
print("self.items in method", obj.count_items())
print("staticmethod arg", C.static(obj))
print("staticmethod via instance", obj.static(obj))
print("classmethod arg", C.klass(obj))
print("property getter self", obj.prop)
print("getattr builtin", sys.getrefcount(getattr(obj, "items")))
setattr(obj, "other", obj.items)
print("setattr alias", sys.getrefcount(obj.items))
print("vars dict entries", sys.getrefcount(vars(obj)["items"]))
print("getrefcount of a bound method temp", sys.getrefcount(obj.method))
