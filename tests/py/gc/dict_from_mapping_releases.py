# dict(m) and d.update(m) for a mapping that is not a dict (a class's mappingproxy, a
# user mapping): the keys() result is released, so a class whose namespace was copied
# that way is freed by gc.collect(), and the keys list's refcount is back where it was.
import gc
import sys


def count(name):
    return sum(1 for o in gc.get_objects() if isinstance(o, type) and o.__name__ == name)


class A:
    pass


copy = dict(A.__dict__)
copy.pop('__dict__')
copy.pop('__weakref__')
A = type('A', (), copy)
del copy
print(count('A'), gc.collect() > 0, count('A'))


class B:
    pass


d = {}
d.update(B.__dict__)
del d, B
print(count('B'), gc.collect() > 0, count('B'))


class Mapping:
    def __init__(self):
        self.names = ['x', 'y']

    def keys(self):
        return self.names

    def __getitem__(self, key):
        return key.upper()


m = Mapping()
before = sys.getrefcount(m.names)
print(dict(m), sys.getrefcount(m.names) == before)


class Failing(Mapping):
    def __getitem__(self, key):
        if key == 'y':
            raise KeyError(key)
        return 1


f = Failing()
try:
    dict(f)
except KeyError as e:
    print('KeyError', e, sys.getrefcount(f.names) == before)
