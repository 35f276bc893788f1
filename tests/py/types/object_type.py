o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), bool(o))
try:
    o.x = 1
except AttributeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
print(type(type), type(object), type.__base__, object.__base__, type.__mro__)
print(isinstance(type, type), isinstance(object, type), issubclass(type, object))
print(str(o).startswith("<object object at"), repr(o) == str(o))
Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: "hi " + type(self).__name__})
d = Dyn()
print(Dyn.__name__, Dyn.x, d.hello(), Dyn.__bases__, Dyn.__module__)
Sub = type("Sub", (Dyn,), {})
print(Sub().hello(), Sub.__mro__)
print(object.__name__, type.__name__)
