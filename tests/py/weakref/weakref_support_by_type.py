# Which objects weakref.ref accepts: those whose type has a weakref list
# (tp_weaklistoffset). BaseException has none, so builtin exceptions refuse, while a
# subclass made by a class statement gets one (unless its __slots__ leave it out).
import collections
import functools
import sys
import weakref


def gen():
    yield 1


def func():
    pass


class Plain:
    def method(self):
        pass


class Slots:
    __slots__ = ("a",)


class SlotsWeak:
    __slots__ = ("a", "__weakref__")


class MyError(ValueError):
    pass


class SlotsError(ValueError):
    __slots__ = ("x",)


class MyList(list):
    pass


class MyInt(int):
    pass


class MyTuple(tuple):
    pass


class MyStr(str):
    pass


class MyDict(dict):
    pass


def traceback_object():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e.__traceback__


samples = [
    ("ValueError()", lambda: ValueError()),
    ("BaseException()", lambda: BaseException()),
    ("KeyError('k')", lambda: KeyError("k")),
    ("OSError()", lambda: OSError()),
    ("FileNotFoundError()", lambda: FileNotFoundError()),
    ("StopIteration()", lambda: StopIteration()),
    ("SyntaxError()", lambda: SyntaxError()),
    ("GeneratorExit()", lambda: GeneratorExit()),
    ("UserWarning()", lambda: UserWarning()),
    ("subclass of ValueError", lambda: MyError()),
    ("subclass with __slots__", lambda: SlotsError()),
    ("int", lambda: 12345),
    ("bool", lambda: True),
    ("float", lambda: 1.5),
    ("complex", lambda: 2j),
    ("str", lambda: "abc"),
    ("bytes", lambda: b"x"),
    ("bytearray", lambda: bytearray()),
    ("tuple", lambda: (1, 2)),
    ("list", lambda: [1]),
    ("dict", lambda: {}),
    ("set", lambda: set()),
    ("frozenset", lambda: frozenset({1})),
    ("range", lambda: range(3)),
    ("slice", lambda: slice(1)),
    ("None", lambda: None),
    ("NotImplemented", lambda: NotImplemented),
    ("Ellipsis", lambda: ...),
    ("object()", lambda: object()),
    ("instance", lambda: Plain()),
    ("__slots__ without __weakref__", lambda: Slots()),
    ("__slots__ with __weakref__", lambda: SlotsWeak()),
    ("subclass of list", lambda: MyList()),
    ("subclass of int", lambda: MyInt()),
    ("subclass of tuple", lambda: MyTuple()),
    ("subclass of str", lambda: MyStr()),
    ("subclass of dict", lambda: MyDict()),
    ("function", lambda: func),
    ("lambda", lambda: (lambda: 0)),
    ("builtin function", lambda: len),
    ("bound method", lambda: Plain().method),
    ("builtin method", lambda: [].append),
    ("method descriptor", lambda: list.append),
    ("slot wrapper", lambda: int.__add__),
    ("method-wrapper", lambda: (1).__add__),
    ("class", lambda: Plain),
    ("builtin type", lambda: int),
    ("property", lambda: property()),
    ("staticmethod", lambda: staticmethod(func)),
    ("classmethod", lambda: classmethod(func)),
    ("module", lambda: sys),
    ("generator", lambda: gen()),
    ("code", lambda: func.__code__),
    ("compiled code", lambda: compile("1", "c.py", "eval")),
    ("cell", lambda: (lambda x: (lambda: x))(1).__closure__[0]),
    ("frame", lambda: sys._getframe()),
    ("traceback", traceback_object),
    ("list iterator", lambda: iter([])),
    ("dict keys", lambda: {}.keys()),
    ("enumerate", lambda: enumerate([])),
    ("mappingproxy", lambda: Plain.__dict__),
    ("super", lambda: super(Plain, Plain())),
    ("weakref", lambda: weakref.ref(Plain)),
    ("deque", lambda: collections.deque()),
    ("partial", lambda: functools.partial(func)),
]

for name, make in samples:
    obj = make()
    try:
        ref = weakref.ref(obj)
        print(f"{name}: ref ok, alive {ref() is obj}")
    except TypeError as e:
        print(f"{name}: TypeError: {e}")
    try:
        weakref.proxy(obj)
        proxy = "ok"
    except TypeError:
        proxy = "TypeError"
    print(f"  proxy {proxy}, __weakref__ on its type: {hasattr(type(obj), '__weakref__')}")

# An exception subclass's weakref dies with it; a builtin exception's never existed.
err = MyError("gone soon")
ref = weakref.ref(err, lambda r: print("callback: subclass instance gone"))
del err
print("after del:", ref())
try:
    weakref.WeakSet().add(KeyError("k"))
except TypeError as e:
    print("WeakSet.add:", e)
try:
    weakref.WeakValueDictionary()["k"] = ValueError()
except TypeError as e:
    print("WeakValueDictionary:", e)
print(sys.getsizeof(ValueError()) == sys.getsizeof(KeyError()), sys.getsizeof(MyError()) - sys.getsizeof(ValueError()))
