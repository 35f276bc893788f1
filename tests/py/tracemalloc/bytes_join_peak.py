# bytes.join holds a Py_buffer (80 bytes) per item past ten in one PyMem block, and a
# generator's items in a list (PySequence_Fast), until the result is made: the peak.
import tracemalloc

parts = [b"ab"] * 10000
tracemalloc.start()
r = b"".join(parts)
print(tracemalloc.get_traced_memory())
tracemalloc.stop()
tracemalloc.start()
r = b"-".join(parts[:10])
print(tracemalloc.get_traced_memory())
tracemalloc.stop()
tracemalloc.start()
r = bytearray(b", ").join([b"x"] * 100)
print(tracemalloc.get_traced_memory(), type(r).__name__, len(r))
tracemalloc.stop()
