"""weakref.WeakSet is _weakrefset's class, as its name and repr say."""
import weakref

ws = weakref.WeakSet()
print(weakref.WeakSet, weakref.WeakSet.__module__, weakref.WeakSet.__qualname__)
print(type(ws).__module__, repr(ws), weakref.WeakValueDictionary.__module__)
