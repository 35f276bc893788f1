# tracemalloc sees a bytes object as one block of 33 + n bytes and a bytearray as its
# 56-byte object plus a separate buffer block, re-traced when the buffer is reallocated.
# Each step is measured on its own and everything is printed at the end (printing
# allocates).
import sys
import tracemalloc

tracemalloc.start()
used = tracemalloc.get_traced_memory
results = []
n = 300
one = empty = t = None

b0 = used()[0]
x = b"abc" * n
results.append(("bytes", used()[0] - b0, sys.getsizeof(x)))
b0 = used()[0]
y = bytearray(x)
results.append(("bytearray", used()[0] - b0, sys.getsizeof(y)))
b0 = used()[0]
y.extend(b"z" * 50)
results.append(("extended", used()[0] - b0, sys.getsizeof(y) - 957))
b0 = used()[0]
del y
results.append(("freed", used()[0] - b0))
b0 = used()[0]
del x
results.append(("bytes freed", used()[0] - b0))
b0 = used()[0]
s = "héllo".encode()
results.append(("encoded", used()[0] - b0, sys.getsizeof(s)))
ba = bytearray()
b0 = used()[0]
for i in range(100):
    ba.append(i)
results.append(("appended", used()[0] - b0, sys.getsizeof(ba) - 56))
b0 = used()[0]
ba.clear()
results.append(("cleared", used()[0] - b0))
one = bytes(b"\x07")
empty = bytes()
results.append(("singletons", tracemalloc.get_object_traceback(one), tracemalloc.get_object_traceback(empty)))
b0 = used()[0]
t = bytes(range(10))
results.append(("bytes(range(10))", used()[0] - b0 > 0))
results.append(("traceback", tracemalloc.get_object_traceback(t) is not None))
tracemalloc.stop()
for r in results:
    print(*r)
