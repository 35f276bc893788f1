# slice is a type (slice(1, 2) makes one), and the builtin types without
# Py_TPFLAGS_BASETYPE refuse to be subclassed.
import types

print(type(slice), slice, slice(1, 2), slice(5), slice(1, 2, 3).indices(10))
print(isinstance(slice(1), slice), slice(1, 2) == slice(1, 2), [0, 1, 2, 3][slice(1, 3)])
try:
    slice()
except TypeError as e:
    print(e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print(e)

candidates = [
    bool, range, slice, type(None), type(NotImplemented), type(...), types.FunctionType,
    types.BuiltinFunctionType, types.MethodType, type(str.join), type(int.__add__),
    type((1).__add__), types.CellType, types.CodeType, types.FrameType, types.TracebackType,
    types.GeneratorType, type(iter([])), type(iter(())), type(iter(range(1))), type(iter("")),
    type(iter({})), type(iter({}.values())), type(iter({}.items())), type(iter(set())),
    type({}.keys()), type({}.values()), type({}.items()), types.MappingProxyType,
    int, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, object,
    type, property, classmethod, staticmethod, types.ModuleType, Exception,
]
for t in candidates:
    try:
        type("X", (t,), {})
        print("subclassable:", t.__name__)
    except TypeError as e:
        print(e)
