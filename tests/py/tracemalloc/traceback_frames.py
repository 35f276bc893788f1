# Tracebacks with nframe > 1: most recent frame last in the sequence, first in _frames.
import sys
import tracemalloc


class Node:
    __slots__ = ("payload",)

    def __init__(self, payload):
        self.payload = payload


def make():
    return Node(list(range(300)))  # line 14


def middle():
    return make()  # line 18


def outer():
    return middle()  # line 22


tracemalloc.start(3)
print(tracemalloc.get_traceback_limit())
node = outer()  # line 27
tb = tracemalloc.get_object_traceback(node)
print(len(tb), tb.total_nframe)
print(tb)
print(repr(tb[0]), tb[0].filename == __file__, tb[0].lineno, tb[-1].lineno)
for line in tb.format():
    print(line.replace(__file__, "FILE"))
for line in tb.format(most_recent_first=True):
    print(line.replace(__file__, "FILE"))
for line in tb.format(limit=1):
    print(line.replace(__file__, "FILE"))
for line in tb.format(limit=-1):
    print(line.replace(__file__, "FILE"))
print([f.lineno for f in tb], [f.lineno for f in tb[1:]])
print(tracemalloc.Frame((__file__, 18)) in tb, tracemalloc.Frame((__file__, 99)) in tb)

payload_tb = tracemalloc.get_object_traceback(node.payload)
print([f.lineno for f in payload_tb])
print(tracemalloc.get_object_traceback(node.payload) == payload_tb, hash(payload_tb) == hash(tb))

sys.stdout.flush()  # CPython's pending output is traced too
snapshot = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
print(snapshot.traceback_limit)
for stat in snapshot.statistics("traceback"):
    print(stat.count, stat.size, [f.lineno for f in stat.traceback], stat.traceback.total_nframe)
for stat in snapshot.statistics("lineno", cumulative=True):
    print(str(stat).replace(__file__, "FILE"))
for stat in snapshot.statistics("filename", cumulative=True):
    print(str(stat).replace(__file__, "FILE"))
only_frame = tracemalloc.Filter(True, __file__, 18, all_frames=True)
print(len(snapshot.filter_traces([only_frame]).traces))
print(len(snapshot.filter_traces([tracemalloc.Filter(True, __file__, 18)]).traces))

# CPython 3.11 does not find instances with a managed __dict__ (pre-header > GC header).
class Plain:
    pass


plain = Plain()
print(tracemalloc.get_object_traceback(plain))
print(tracemalloc.get_object_traceback(1234567) is None, tracemalloc.get_object_traceback(None))

tracemalloc.clear_traces()
print(tracemalloc.get_object_traceback(node), tracemalloc.is_tracing())
tracemalloc.stop()
