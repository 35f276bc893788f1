# cls.__dict__ and types.MappingProxyType: a read-only, live view whose operations are the
# mapping's own; repr wraps the mapping's, str is the mapping's.
import sys, types, gc
class C:
    x = 1
    def m(self): return 2
p = C.__dict__
print(type(p), type(p).__name__, sys.getsizeof(p))
print(p['x'], 'm' in p, 'zz' in p, len(p), list(p))
print(str(p) == str(dict(p)), repr(p).startswith("mappingproxy({'__module__'"))
try: types.MappingProxyType([1])
except TypeError as e: print(e)
try: types.MappingProxyType()
except TypeError as e: print(e)
print(types.MappingProxyType(mapping={'q': 1}))
try: types.MappingProxyType(1)
except TypeError as e: print(e)
m = types.MappingProxyType({'a': 1})
try: m |= {}
except TypeError as e: print(e)
print(m | {'b': 2}, {'b': 2} | m, type(m | {}), m | m)
print(m == {'a': 1}, m != {'a': 1}, {'a': 1} == m, m.get('a'), m.get('z'), m.get('z', 5))
print(list(reversed(m)), m.items(), m.keys(), m.values(), m.copy(), type(m.copy()))
try: m['zz']
except KeyError as e: print(repr(e))
try: m['a'] = 2
except TypeError as e: print(e)
try: del m['a']
except TypeError as e: print(e)
try: m.x = 1
except AttributeError as e: print(e)
try: hash(m)
except TypeError as e: print(e)
print(C.__dict__ is C.__dict__, C.__dict__ == C.__dict__)
print(type(int.__dict__), 'bit_length' in int.__dict__)
try: types.MappingProxyType.x = 1
except TypeError as e: print(e)
print(types.MappingProxyType(m), bool(types.MappingProxyType({})), bool(m))
print(sys.getrefcount(C.__dict__))
C.y = 5
print('y' in p, p['y'])
del C.y
print('y' in p)
print(vars(C) == C.__dict__, type(vars(C)))
print(sorted(k for k in dir(m) if not k.startswith('__')))
print([k for k in ('__getitem__', '__len__', '__iter__', '__or__', '__ror__', '__ior__', '__reversed__', '__contains__') if k in dir(m)])
for k, v in m.items(): print(k, v)
print(m.__class__ is types.MappingProxyType, isinstance(C.__dict__, types.MappingProxyType))
d = {}
mp = types.MappingProxyType(d)
d['late'] = 1
print(mp, len(mp))
print(types.MappingProxyType("abc")['x'] if False else types.MappingProxyType("abc")[1])
try: m < m
except TypeError as e: print(e)
print(f"{m}", "%s" % (m,), "%r" % (m,))
m = types.MappingProxyType({'a':1})
for call in ['m.__getitem__()', 'm.__contains__()', 'm.__len__(1)', 'm.__or__()', 'm.keys(1)', 'm.keys(a=1)', 'm.get("a", default=3)', 'm.__iter__(1)', 'm.__repr__(1)', 'm.__getitem__(1, 2)', 'm.__reversed__(1)', 'm.copy(k=1)']:
    try: eval(call)
    except TypeError as e: print(call, '->', e)
print(m.__or__({'b': 2}), m.__ror__({'b': 2}), m.__len__(), m.__repr__())
