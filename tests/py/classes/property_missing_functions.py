"""A property without a getter, setter or deleter: CPython 3.11's messages, with the name
__set_name__ gave it (kept by .getter/.setter/.deleter copies)."""


class C:
    p = property(None, lambda s, v: None)
    q = property(lambda s: 1)

    @property
    def r(self):
        return 2

    s = r.setter(lambda self, v: None)


class E:
    class F:
        x = property(lambda s: 1)


c = C()
for stmt in ["c.p", "c.q = 1", "del c.q", "del c.s", "E.F().x = 1"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print(e)
C.t = property(None)
for stmt in ["c.t", "c.t = 1"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print(e)
c.s = 5
print(c.r, c.s)
