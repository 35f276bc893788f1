# The types module: names of the interpreter's types, ModuleType(name, doc) and
# MethodType(function, instance) as constructors, SimpleNamespace.
import gc, sys, types


def f():
    pass


class A:
    def m(self):
        return self


a = A()
print(types.FunctionType is type(f), types.LambdaType is type(lambda: 0), types.MethodType is type(a.m))
print(types.ModuleType is type(sys), types.BuiltinFunctionType is type(len), types.BuiltinMethodType is type([].append))
print(types.CodeType is type(f.__code__), types.NoneType is type(None), types.EllipsisType is type(...))
print(types.NotImplementedType is type(NotImplemented), types.SimpleNamespace is type(sys.implementation))
print(types.CellType is type((lambda x: lambda: x)(1).__closure__[0]), types.FrameType is type(sys._getframe()))
print(types.MemberDescriptorType is type(type(sys.flags).major if False else type(sys.version_info).major))


def gen():
    yield 1


print(types.GeneratorType is type(gen()), isinstance(gen(), types.GeneratorType))
try:
    1 / 0
except ZeroDivisionError:
    print(types.TracebackType is type(sys.exc_info()[2]))
m = types.ModuleType("mymod")
print(sorted(vars(m).items()), repr(m), gc.is_tracked(m))
m2 = types.ModuleType("m2", "the doc")
print(m2.__doc__, m2.__name__)
for bad in [lambda: types.ModuleType(), lambda: types.ModuleType(3), lambda: types.MethodType(3, 4),
            lambda: types.MethodType(len, None)]:
    try:
        bad()
    except TypeError as e:
        print(e)
bound = types.MethodType(f, a)
print(bound.__self__ is a, bound.__func__ is f, sys.getrefcount(a))
print(types.MethodType(len, [1, 2, 3])())
ns = types.SimpleNamespace(x=1, y=[2])
print(ns, ns.x, sys.getsizeof(ns))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
