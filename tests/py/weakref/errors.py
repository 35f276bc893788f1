# weakref argument checking and error messages
import weakref
class C: pass
c = C()
for f in (lambda: weakref.ref(c, callback=print), lambda: weakref.proxy(c, callback=print), lambda: weakref.proxy(), lambda: weakref.getweakrefcount(), lambda: weakref.ref(c)(1), lambda: weakref.ref.__new__(int, c), lambda: weakref.ref.__new__(), lambda: weakref.WeakMethod(len), lambda: weakref.finalize(), lambda: weakref.KeyedRef(c, None)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
r = weakref.ref(c)
try:
    r.x = 1
except AttributeError as e:
    print(e)
try:
    r.__callback__ = 1
except AttributeError as e:
    print(e)
print(weakref.getweakrefcount(1), weakref.getweakrefs([]))
print(bool(weakref.ref(c)), r.__hash__() == hash(c))
