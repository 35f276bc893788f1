# The copy module: which objects copy and deepcopy return as themselves, the containers
# and instances they rebuild (through __copy__/__deepcopy__, copyreg, __reduce__ and
# object's default reduction: __getnewargs__, __getstate__/__setstate__, slots), and
# what they refuse.
import copy
import copyreg
import functools
import sys
import types
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple


def f():
    pass


class Plain:
    pass


atoms = [None, 1, 2.5, 3j, True, 'text', b'bytes', (1, 'a'), frozenset({1}), range(3),
         slice(1, 2), f, len, [].append, Plain, int, property(), Ellipsis, NotImplemented,
         f.__code__]
print('copy same:', [copy.copy(a) is a for a in atoms])
print('deepcopy same:', [copy.deepcopy(a) is a for a in atoms])
print(copy.deepcopy(slice(1, [2])), copy.deepcopy(frozenset({1, 2})))

# Containers: a shallow copy is new and shares its items.
for c in ([1, [2]], {'k': [2]}, {1, (2,)}, bytearray(b'ab')):
    s, d = copy.copy(c), copy.deepcopy(c)
    print(type(c).__name__, s == c, s is c, d == c, d is c)
lst = [[1], [2]]
print(copy.copy(lst)[0] is lst[0], copy.deepcopy(lst)[0] is lst[0])
tup = (1, [2])
print(copy.copy(tup) is tup, copy.deepcopy(tup) is tup, copy.deepcopy(tup)[1] is tup[1])
print(copy.deepcopy(((1, 2), 'x')) is not None, copy.deepcopy(((1, 2), 'x'))[0] is not None)
nested = ((1, 2), ('a', (3,)))
print('nested atoms tuple kept:', copy.deepcopy(nested) is nested)


# Instances: a new object of the class, __init__ not called, the dict copied.
class Point:
    def __init__(self, x, y):
        print('init', x, y)
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'


p = Point(1, [2])
s, d = copy.copy(p), copy.deepcopy(p)
print(s, d, s is p, s.__dict__ is p.__dict__, s.y is p.y, d.y is p.y, type(d) is Point)
print('slotnames cached:', Point.__dict__.get('__slotnames__'))
empty = Plain()
print(type(copy.copy(empty)) is Plain, copy.copy(empty).__dict__, copy.copy(object()) is not None)


# __copy__ and __deepcopy__
class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__')
        return Custom(self.v + ['shallow'])

    def __deepcopy__(self, memo):
        print('__deepcopy__ memo is dict:', type(memo) is dict, len(memo))
        return Custom(copy.deepcopy(self.v, memo) + ['deep'])


c = Custom([1])
print(copy.copy(c).v, copy.deepcopy(c).v, copy.deepcopy([c, c])[0].v)
inst = Plain()
inst.__deepcopy__ = lambda memo: 'instance hook'
inst.__copy__ = lambda: 'never used'
print(copy.deepcopy(inst), type(copy.copy(inst)).__name__)


# __reduce_ex__ and __reduce__
class ByReduce:
    def __init__(self, a, b=None):
        self.a, self.b = a, b

    def __reduce__(self):
        print('__reduce__')
        return (ByReduce, (self.a,), {'b': self.b, 'extra': 1})


r = copy.deepcopy(ByReduce([1], [2]))
print(r.a, r.b, r.extra)


class ByReduceEx:
    def __reduce_ex__(self, proto):
        print('__reduce_ex__', proto)
        return 'a global name'

    def __reduce__(self):
        print('not reached')


x = ByReduceEx()
print(copy.copy(x) is x, copy.deepcopy(x) is x)


class Items:
    def __init__(self):
        self.log = []

    def append(self, v):
        self.log.append(('append', v))

    def __setitem__(self, k, v):
        self.log.append(('set', k, v))

    def __reduce__(self):
        return (Items, (), None, iter([1, [2]]), iter([('k', [3])]))


print(copy.deepcopy(Items()).log)


# __getstate__ / __setstate__
class State:
    def __init__(self):
        self.data = [1]
        self.cache = 'big'

    def __getstate__(self):
        print('__getstate__')
        return {'data': self.data}

    def __setstate__(self, state):
        print('__setstate__', state)
        self.__dict__.update(state)


st = copy.copy(State())
print(st.data, hasattr(st, 'cache'))


class FalsyState:
    def __getstate__(self):
        return 0

    def __setstate__(self, state):
        print('setstate with', state)


class NoneState:
    def __getstate__(self):
        return None

    def __setstate__(self, state):
        print('not called')


copy.copy(FalsyState())
copy.copy(NoneState())


# __getnewargs__ / __getnewargs_ex__ feed __new__.
class NewArgs:
    def __new__(cls, a, *, b):
        print('__new__', a, b)
        self = object.__new__(cls)
        self.a, self.b = a, b
        return self

    def __getnewargs_ex__(self):
        return (self.a,), {'b': self.b}


n = copy.deepcopy(NewArgs([1], b=2))
print(n.a, n.b)


class OnlyNewArgs(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def __getnewargs__(self):
        return tuple(self)


print(copy.copy(OnlyNewArgs(1, 2)), type(copy.deepcopy(OnlyNewArgs(1, [2]))).__name__)


class NeedsArgs:
    def __new__(cls, a):
        return object.__new__(cls)


try:
    copy.copy(NeedsArgs(1))
except TypeError as e:
    print('TypeError:', e)


# Slots: state is (dict or None, {slot: value}), private names mangled.
class Slotted:
    __slots__ = ('a', '__b', 'unset')

    def __init__(self):
        self.a = [1]
        self.__b = 2


class SlottedDict(Slotted):
    __slots__ = ('c', '__dict__')


sd = SlottedDict()
sd.c = 'c'
sd.z = [3]
s1, s2 = copy.copy(sd), copy.deepcopy(sd)
print(s1.a is sd.a, s2.a is sd.a, s2.a, s2._Slotted__b, s2.c, s2.z, hasattr(s2, 'unset'))
print('__slotnames__' in Slotted.__dict__, SlottedDict.__slotnames__)


class OneSlot:
    __slots__ = 'only'


o = OneSlot()
o.only = 'v'
print(copy.copy(o).only, OneSlot.__slotnames__)


# Subclasses of builtins keep their class, items and attributes.
class MyInt(int):
    pass


class MyStr(str):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


class MySet(set):
    pass


class MyFrozen(frozenset):
    pass


for v in (MyInt(7), MyStr('s'), MyList([1, [2]]), MyDict(a=[1]), MySet({1}), MyFrozen({2})):
    v.tag = ['t']
    s, d = copy.copy(v), copy.deepcopy(v)
    print(type(s).__name__, s, s.tag is v.tag, d, d.tag is v.tag, s is v, d is v)

# Library types
dd = defaultdict(list, a=[1])
print(copy.copy(dd), copy.deepcopy(dd)['a'] is dd['a'], copy.copy(dd)['a'] is dd['a'])
od = OrderedDict(b=[1], a=2)
print(copy.copy(od), copy.deepcopy(od))
cnt = Counter('hello')
print(copy.copy(cnt), type(copy.deepcopy(cnt)).__name__)
dq = deque([1, [2]], maxlen=3)
print(copy.copy(dq), copy.deepcopy(dq), copy.deepcopy(dq)[1] is dq[1], copy.deepcopy(deque([1])))
NT = namedtuple('NT', 'x y')
nt = NT(1, [2])
print(copy.copy(nt), copy.copy(nt) is nt, copy.deepcopy(nt), copy.deepcopy(nt).y is nt.y)
part = functools.partial(print, 'hi', [1], sep='-')
pc = copy.deepcopy(part)
print(pc.func is print, pc.args, pc.args[1] is part.args[1], pc.keywords)
ns = types.SimpleNamespace(a=[1])
print(copy.copy(ns), copy.deepcopy(ns).a is ns.a)


class Err(ValueError):
    pass


e = Err('msg', [1])
e.note = 'n'
e2 = copy.deepcopy(e)
print(repr(e2), e2.note, e2.args[1] is e.args[1], type(e2).__name__)

# Bound methods
m = p.__repr__
print(copy.copy(m) is m, copy.copy(m) == m, copy.deepcopy(m).__self__ is p, copy.deepcopy(m)())

# copyreg.dispatch_table


class Registered:
    def __init__(self, v):
        self.v = v


def reduce_registered(obj):
    print('reduce_registered')
    return Registered, (obj.v * 2,)


copyreg.pickle(Registered, reduce_registered)
print(copy.copy(Registered(2)).v, copy.deepcopy(Registered(3)).v)
try:
    copyreg.pickle(Registered, 1)
except TypeError as e:
    print('TypeError:', e)
u = int | str
print(copy.copy(u) == u, copy.copy(u) is u)

# Classes and metaclass instances are atoms.


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


print(copy.copy(WithMeta) is WithMeta, copy.deepcopy(WithMeta) is WithMeta)

# What cannot be copied
for bad in ((i for i in ()), sys, staticmethod(f)):
    for fn in (copy.copy, copy.deepcopy):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, 'TypeError:', e)
print(issubclass(copy.Error, Exception), copy.error is copy.Error, copy.__all__)


# Subclasses of library types: OrderedDict keeps instance state, defaultdict and Counter drop it.
class ODSub(OrderedDict):
    pass


class DDSub(defaultdict):
    pass


class CSub(Counter):
    pass


for v in (ODSub(a=[1]), DDSub(int, a=1), CSub('ab')):
    v.x = [5]
    s, d = copy.copy(v), copy.deepcopy(v)
    print(type(s).__name__, s == v, getattr(s, 'x', None), getattr(d, 'x', None) is v.x)
print(hasattr(OrderedDict, '__copy__'), hasattr(defaultdict, '__copy__'))


# A proxy's __getattr__ sees the lookups copy makes on the instance and on the new object.
class Proxy:
    def __init__(self, target):
        self.__dict__['_t'] = target

    def __getattr__(self, name):
        print('__getattr__', name)
        try:
            return getattr(self.__dict__['_t'], name)
        except KeyError:
            raise AttributeError(name) from None


px = Proxy([1, 2])
print(copy.copy(px)._t is px._t, copy.deepcopy(px)._t)


class Items2(dict):
    def items(self):
        print('items called')
        return super().items()


i2 = Items2(a=[1])
i2.attr = 2
print(copy.deepcopy(i2), copy.copy(i2).attr)
