# types.SimpleNamespace compares as its __dict__ does (namespace_richcompare).
import types, sys
a = types.SimpleNamespace(x=1, y=[2])
b = types.SimpleNamespace(y=[2], x=1)
c = types.SimpleNamespace(x=1)
print(a == b, a != b, a == c, a != c, a == 3, 3 == a, a == {'x': 1, 'y': [2]})
class S(types.SimpleNamespace): pass
print(S(x=1) == types.SimpleNamespace(x=1), S(x=1))
try:
    a < b
except TypeError as e:
    print(e)
print(sys.implementation == sys.implementation)
