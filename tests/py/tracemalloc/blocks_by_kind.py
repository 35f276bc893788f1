# What one allocation costs, block by block, as CPython 3.11's tracemalloc sees it:
# sizes and counts of the traces made on one line of a function. (Small dicts, 1-tuples
# and floats are left out: whether CPython's free lists have one to hand out depends on
# everything the interpreter did before.)
import sys
import tracemalloc


def on_line(snapshot, lineno):
    stats = snapshot.filter_traces([tracemalloc.Filter(True, __file__, lineno)]).statistics("lineno")
    return [(stat.size, stat.count) for stat in stats]


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = self.b = None


def build():
    keep = []
    keep.append({})  # line 29
    keep.append([])  # line 30
    keep.append(list(range(1000)))  # line 31
    keep.append(dict.fromkeys(range(100)))  # line 32
    keep.append("abc" + str(len(keep)))  # line 33
    keep.append("é" * 10 + str(len(keep)))  # line 34
    keep.append(int("9" * 40))  # line 35
    keep.append(Point(1, 2))  # line 36
    keep.append(Slotted())  # line 37
    keep.append(list(range(7)))  # line 38
    keep.append([len(keep)] * 9)  # line 39
    keep.append(tuple(range(300, 325)))  # line 40
    return keep


tracemalloc.start()
kept = build()
sys.stdout.flush()
snapshot = tracemalloc.take_snapshot()
for lineno in range(29, 41):
    print(lineno, on_line(snapshot, lineno))
tracemalloc.stop()
