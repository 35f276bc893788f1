# A slice assignment whose value (a generator) or bound (__index__) shortens the list
# first: the bounds are clamped to the list as it is then (list_ass_slice).
l = list(range(10))


def g():
    del l[2:]
    yield "a"
    yield "b"


l[5:7] = g()
print(l, len(l))

l2 = list(range(10))


class Ix:
    def __index__(self):
        del l2[2:]
        return 5


l2[Ix():7] = ["x", "y"]
print(l2, len(l2))

l3 = list(range(6))


def grow():
    l3.extend([10, 11, 12])
    yield "p"
    yield "q"


l3[1:3] = grow()
print(l3)
