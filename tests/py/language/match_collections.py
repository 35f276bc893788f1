from collections import namedtuple, OrderedDict, defaultdict, deque
P = namedtuple("P", "x y")
match P(1, 2):
    case P(x, y=yy):
        print("namedtuple", x, yy)
match P(3, 4):
    case (a, b):
        print("as sequence", a, b)
match OrderedDict(a=1):
    case {"a": v}:
        print("OrderedDict", v)
d = defaultdict(list)
match d:
    case {"missing": _}:
        print("no")
    case {}:
        print("defaultdict not extended by get:", dict(d))
print(P.__match_args__)
