# A class's namespace is a dict object (tp_dict) the class holds: the collector counts it
# with the class, gc.get_referents(cls) starts with it (after a metaclass), and it is what
# refers to the class's functions.
import gc, sys, weakref

gc.collect()


def make(n):
    class A:
        def m(self):
            return n

        x = n
    return A


A = make(1)
print(sys.getrefcount(A))
del A
print("collected", gc.collect())


class B:
    def f(self):
        return 1


print([type(x).__name__ for x in gc.get_referents(B)])
ns = gc.get_referents(B)[0]
print(type(ns), ns is not B.__dict__, ns == B.__dict__)
print([type(r).__name__ for r in gc.get_referrers(B.__dict__["f"])])
print(sys.getrefcount(B.__dict__["f"]))


class Meta(type):
    pass


class C(metaclass=Meta):
    pass


print([type(x).__name__ for x in gc.get_referents(C)])


def chain():
    class P:
        pass

    class Q(P):
        def g(self):
            pass

    return Q


q = chain()
del q
print("collected", gc.collect())


def with_instance():
    class R:
        pass

    r = R()
    r.self_ref = r
    return weakref.ref(R)


w = with_instance()
print(w() is not None)
print("collected", gc.collect())
print(w())


class D:
    pass


D.added = 5
print("added" in vars(D), gc.is_tracked(D))
ns = gc.get_referents(D)[0]
ns["sneaky"] = 7
print(D.sneaky)
del ns["sneaky"]
print("sneaky" in vars(D))


class E:
    def __del__(self):
        print("E.__del__")


def local_class_cycle():
    class F:
        e = E()
    return None


local_class_cycle()
print("collected", gc.collect())
