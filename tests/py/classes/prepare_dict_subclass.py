# A metaclass's __prepare__ returning a dict subclass: the class body's names go through
# its __setitem__ and __getitem__ (STORE_NAME/LOAD_NAME use PyObject_SetItem/GetItem on a
# namespace that is not exactly a dict), __module__ and __qualname__ included; a missing
# name is the mapping's KeyError turned into a NameError, and __missing__ answers first.
class Recording(dict):
    def __setitem__(self, key, value):
        print('set', key, type(value).__name__)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        print('get', key)
        return super().__getitem__(key)

    def __delitem__(self, key):
        print('del', key)
        super().__delitem__(key)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Recording()

    def __new__(mcls, name, bases, ns, **kw):
        print(type(ns).__name__, list(ns))
        return super().__new__(mcls, name, bases, dict(ns))


class A(metaclass=Meta):
    """doc"""
    x = 1
    y = x + 1
    tmp = 3
    del tmp
    z: int = 5

    def f(self):
        return self.x


print(A.y, A().f(), A.__annotations__, hasattr(A, 'tmp'))


class Defaulting(dict):
    def __missing__(self, key):
        if key.startswith('auto_'):
            return key.upper()
        raise KeyError(key)


class Meta2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Defaulting()


class B(metaclass=Meta2):
    value = auto_thing
    length = len('abc')


print(B.value, B.length)
try:
    class C(metaclass=Meta2):
        v = not_defined_anywhere
except NameError as e:
    print(type(e).__name__, e)


class Refusing(dict):
    def __setitem__(self, key, value):
        if key == 'bad':
            raise ValueError('no bad names')
        super().__setitem__(key, value)


class Meta3(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Refusing()


try:
    class D(metaclass=Meta3):
        good = 1
        bad = 2
except ValueError as e:
    print(type(e).__name__, e)


# __module__ is LOAD_NAME __name__: the namespace, the globals, then the builtins.
class Prefilled(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {'__name__': 'custom'}


class E(metaclass=Prefilled):
    pass


print(E.__module__)
exec("class G: pass\nprint(G.__module__)", {})
