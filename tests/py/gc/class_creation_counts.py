# What a class statement allocates, as generation 0's count sees it: the class, the weak
# reference its base keeps in its subclass registry, the getset descriptors of __dict__
# and __weakref__ for a class that adds them; tp_bases and tp_mro come from the tuple
# free list and the namespace dict goes back to the dict free list (uncounted).
import gc

gc.disable()


def made(build):
    before = gc.get_count()[0]
    cls = build()
    return gc.get_count()[0] - before, cls


def plain():
    class K:
        pass

    return K


n, K = made(plain)
print("class K: pass", n)


def sub():
    class L(K):
        pass

    return L


n, L = made(sub)
print("class L(K): pass", n)


def with_method():
    class M:
        x = 1

        def f(self):
            return self.x

    return M


n, M = made(with_method)
print("class M with a method", n)


def two_bases():
    class N(K, M):
        pass

    return N


n, N = made(two_bases)
print("class N(K, M)", n)


def slotted():
    class S:
        __slots__ = ("a", "b")

    return S


n, S = made(slotted)
print("class S with __slots__", n)

# The registry's weak references: one per base (a weak reference is not a referrer).
print(sorted(type(o).__name__ for o in gc.get_referrers(K)))
print([c.__name__ for c in K.__subclasses__()], [c.__name__ for c in M.__subclasses__()])
refs = [o for o in gc.get_objects() if type(o).__name__ == "ReferenceType" and o() is N]
print(len(refs), [gc.is_tracked(r) for r in refs])
# A subclass that dies leaves its base's registry.
del refs, N
gc.collect()
print([c.__name__ for c in K.__subclasses__()], [c.__name__ for c in M.__subclasses__()])
