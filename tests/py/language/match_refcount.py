import sys


class Obj:
    pass


o = Obj()
base = sys.getrefcount(o)


def rc():
    return sys.getrefcount(o) - base


# while the cases are tried the subject is held; the body runs without it
match o:
    case Obj() if print("guard of a non-last case:", rc()):
        pass
    case Obj() if print("guard of the last tested case:", rc()) or True:
        print("body:", rc())
    case _:
        pass

match o:
    case Obj() as captured if print("captured, guard:", rc()) or True:
        print("captured, body:", rc())
del captured
print("after del:", rc())

match o:
    case int():
        pass
    case _ if print("default guard:", rc()) or True:
        print("default body:", rc())

match [o, o]:
    case [a, b]:
        print("two captures from a temporary list:", rc())
del a, b
print("released:", rc())

lst = [o, [o, o]]
match lst:
    case [x, [*ys]]:
        print("star capture:", rc(), len(ys))
del x, ys
print("released again:", rc())

d = {"k": o, "j": o}
match d:
    case {"k": v, **rest}:
        print("mapping capture and rest:", rc())
del v, rest
print("mapping released:", rc())


class P:
    __match_args__ = ("p",)

    def __init__(self, p):
        self.p = p


pp = P(o)
match pp:
    case P(q):
        print("class capture:", rc())
    case _:
        pass
del q
print("class released:", rc())

# a failed pattern releases what it collected
match [o, o, o]:
    case [a1, a2, 5]:
        pass
    case [*_, 6]:
        pass
print("after failed patterns:", rc())

# or-pattern alternatives that fail release too
match (o, 2):
    case (p1, 3) | (p1, 4):
        pass
    case (p1, 2) | (p1, 5):
        print("or alternative:", rc())
del p1
print("final:", rc(), sys.getrefcount(o) == base)

# the subject temporary is freed after the match
class Noisy:
    def __del__(self):
        print("Noisy freed")


def make():
    return Noisy()


match make():
    case Noisy():
        print("in body")
print("after match")
