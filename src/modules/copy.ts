/**
 * The `copy` module (CPython Lib/copy.py) and the part of `copyreg` (Lib/copyreg.py) it
 * stands on: shallow and deep copies through the type dispatch tables, `__copy__`,
 * `__deepcopy__`, copyreg.dispatch_table, `__reduce_ex__`/`__reduce__`, and otherwise
 * what object.__reduce_ex__(4) gives (`_reduce_object` here): `cls.__new__(cls, *args)`
 * with `__getnewargs_ex__`/`__getnewargs__`, state from `__getstate__` or the instance
 * dict and slots (copyreg._slotnames, cached as `__slotnames__`), `__setstate__`, list and
 * dict items. The reductions of the C types copy reaches (set, frozenset, bytearray,
 * deque, exceptions, functools.partial, bound methods, slice) are written out here.
 * object.__reduce_ex__/__reduce__/__getstate__ (objectreduce.ts) call `_reduce_object`,
 * `_reduce_ex` and `_object_getstate` here; copy skips them (`_special`) and calls those
 * directly. NOT-CPYTHON: module source run at import (frames show as `<frozen copy>`); a
 * C type whose CPython reduction is missing here (iterators,
 * StringIO, itertools objects) is refused as "cannot pickle"; copyreg has no extension
 * registry.
 */
import { runLibrarySource } from "./library.js";
import { declareModule } from "./registry.js";

const COPYREG = (): string =>
  `
__all__ = ['pickle', 'constructor']

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError('reduction functions must be callable')
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError('constructors must be callable')


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools, operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(type(int | str), pickle_union)


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    names = cls.__dict__.get('__slotnames__')
    if names is not None:
        return names
    names = []
    if hasattr(cls, '__slots__'):
        for c in cls.__mro__:
            if '__slots__' not in c.__dict__:
                continue
            slots = c.__dict__['__slots__']
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ('__dict__', '__weakref__'):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    stripped = c.__name__.lstrip('_')
                    if stripped:
                        name = '_%s%s' % (stripped, name)
                names.append(name)
    try:
        cls.__slotnames__ = names
    except:
        pass
    return names


# --- object.__reduce_ex__, __reduce__ and __getstate__ (objectreduce.ts calls these) ---

def _special(obj, name):
    # _PyObject_LookupSpecial: the attribute when the type has it, bound to obj -- None
    # for object's own (__reduce_ex__, __getstate__), which _reduce_object and
    # _object_getstate below are.
    for c in type(obj).__mro__:
        if name in c.__dict__:
            return None if c is object else object.__getattribute__(obj, name)
    return None


def _cannot_pickle(cls):
    name = cls.__name__
    if '__module__' not in cls.__dict__ and cls.__module__ != 'builtins':
        name = cls.__module__ + '.' + name
    return TypeError("cannot pickle '%s' object" % name)


def _getstate(obj, required=False, base=object):
    getstate = _special(obj, '__getstate__')
    if getstate is not None:
        return getstate()
    return _object_getstate(obj, required, base)


def _object_getstate(obj, required=False, base=object):
    # object.__getstate__ (object_getstate_default): the instance dict, or None when it is
    # empty, paired with the slots' values when there are any.
    cls = type(obj)
    if required and base is not object:
        raise _cannot_pickle(cls)
    try:
        state = object.__getattribute__(obj, '__dict__') or None
    except AttributeError:
        state = None
    names = cls.__dict__.get('__slotnames__')
    if names is None:
        names = _slotnames(cls)
    elif not isinstance(names, list):
        raise TypeError('%s.__slotnames__ should be a list or None, not %s'
                        % (cls.__name__, type(names).__name__))
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _getnewargs(obj, base):
    getnewargs_ex = _special(obj, '__getnewargs_ex__')
    if getnewargs_ex is not None:
        rv = getnewargs_ex()
        if not isinstance(rv, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % type(rv).__name__)
        if len(rv) != 2:
            raise ValueError('__getnewargs_ex__ should return a tuple of length 2, not %d'
                             % len(rv))
        args, kwargs = rv
        if not isinstance(args, tuple):
            raise TypeError('first item of the tuple returned by __getnewargs_ex__ must be '
                            "a tuple, not '%s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError('second item of the tuple returned by __getnewargs_ex__ must be '
                            "a dict, not '%s'" % type(kwargs).__name__)
        return args, kwargs
    getnewargs = _special(obj, '__getnewargs__')
    if getnewargs is not None:
        args = getnewargs()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                            % type(args).__name__)
        return args, None
    newargs = _newargs_of.get(base)
    return (None, None) if newargs is None else (newargs(obj), None)


# __getnewargs__ of the immutable builtins
_newargs_of = {
    int: lambda o: (int(o),), float: lambda o: (float(o),), str: lambda o: (str(o),),
    bytes: lambda o: (bytes(o),), tuple: lambda o: (tuple(o),),
    complex: lambda o: (o.real, o.imag),
}


def _reduce_set(obj):
    return type(obj), (list(obj),), _getstate(obj)


def _reduce_bytearray(obj):
    return type(obj), ((bytes(obj),) if obj else ()), _getstate(obj)


def _reduce_exception(obj):
    d = obj.__dict__
    return (type(obj), obj.args, d) if d else (type(obj), obj.args)


def _make_partial(cls, func, args, kwds, d):
    p = cls(func, *args, **kwds)
    if d:
        p.__dict__.update(d)
    return p


def _reduce_partial(obj):
    d = getattr(obj, '__dict__', None)
    return _make_partial, (type(obj), obj.func, obj.args, obj.keywords, d or None)


def _reduce_method(obj):
    return getattr, (obj.__self__, obj.__func__.__name__)


def _reduce_slice(obj):
    return slice, (obj.start, obj.stop, obj.step)


def _reduce_deque(obj):
    args = () if obj.maxlen is None else ((), obj.maxlen)
    return type(obj), args, _getstate(obj), iter(obj)


import collections as _collections, functools as _functools, types as _types
_reduce_native = {
    set: _reduce_set, frozenset: _reduce_set, bytearray: _reduce_bytearray,
    BaseException: _reduce_exception, _functools.partial: _reduce_partial,
    _types.MethodType: _reduce_method, type(slice(0)): _reduce_slice,
    _collections.deque: _reduce_deque,
}
del _collections, _functools, _types


def _reduce_object(obj):
    # The C types in the MRO (classes without a __module__ of their own): the first is the
    # base whose layout the object has.
    cls = type(obj)
    base = None
    for c in cls.__mro__:
        if '__module__' not in c.__dict__:
            reduce = _reduce_native.get(c)
            if reduce is not None:
                return reduce(obj)
            if base is None:
                base = c
    args, kwargs = _getnewargs(obj, base)
    required = args is None and not isinstance(obj, (list, dict))
    state = _getstate(obj, required, base)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if args is None:
        args = ()
    if kwargs:
        return __newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return __newobj__, (cls, *args), state, listitems, dictitems


def _reconstructor(cls, base, state):
    # What a protocol 0/1 reduction calls: a cls instance made as its builtin base makes one.
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


def _reduce_ex(obj, proto):
    # object.__reduce_ex__ for protocols 0 and 1: the class, its first builtin base and
    # that base's copy of obj, then the state.
    cls = type(obj)
    for base in cls.__mro__:
        if '__module__' not in base.__dict__:
            break
    if base is object:
        state = None
    else:
        if base is cls:
            raise _cannot_pickle(cls)
        state = base(obj)
    getstate = _special(obj, '__getstate__')
    if getstate is None:
        if getattr(obj, '__slots__', None):
            raise TypeError('a class that defines __slots__ without defining __getstate__ '
                            'cannot be pickled with protocol %d' % proto)
        state_dict = _object_getstate(obj)
    else:
        state_dict = getstate()
    args = (cls, base, state)
    return (_reconstructor, args, state_dict) if state_dict else (_reconstructor, args)


def _reduce(obj):
    # copy's reductor: __reduce_ex__(4), which calls an overriding __reduce__.
    reduce_ex = _special(obj, '__reduce_ex__')
    if reduce_ex is not None:
        return reduce_ex(4)
    reduce = _special(obj, '__reduce__')
    if reduce is not None:
        return reduce()
    return _reduce_object(obj)
`;

const COPY = (): string =>
  `
import types
import weakref
from copyreg import dispatch_table, _reduce


class Error(Exception):
    pass


error = Error
PyStringMap = None
__all__ = ['Error', 'copy', 'deepcopy']


def copy(x):
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    reductor = dispatch_table.get(cls)
    rv = reductor(x) if reductor is not None else _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _copy_immutable(x):
    return x


_copy_dispatch = d = {}
for t in (type(None), int, float, bool, complex, str, tuple, bytes, frozenset, type, range,
          type(slice(0)), property, types.BuiltinFunctionType, type(Ellipsis),
          type(NotImplemented), types.FunctionType, weakref.ref, types.CodeType):
    d[t] = _copy_immutable
d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy
del d, t


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            reductor = dispatch_table.get(cls)
            rv = reductor(x) if reductor else _reduce(x)
            y = x if isinstance(rv, str) else _reconstruct(x, memo, *rv)
    # An object that is its own copy is not memoized.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


_deepcopy_dispatch = d = {}
for t in (type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex,
          bytes, str, types.CodeType, type, range, types.BuiltinFunctionType,
          types.FunctionType, weakref.ref, property):
    d[t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # A tuple inside a cycle was copied while its items were.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


d[list] = _deepcopy_list
d[tuple] = _deepcopy_tuple
d[dict] = _deepcopy_dict
d[types.MethodType] = _deepcopy_method
del d, t


def _keep_alive(x, memo):
    # The memo is keyed by id, so it keeps the originals alive (under the memo's own id).
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *,
                 deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = (deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
`;

declareModule("copyreg", (m, module) => {
  runLibrarySource(module, m, COPYREG(), "<frozen copyreg>");
});

declareModule("copy", (m, module) => {
  runLibrarySource(module, m, COPY(), "<frozen copy>");
});
