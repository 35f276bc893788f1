from collections import deque
import sys, gc
class K:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
d = deque([K(1), K(2)], maxlen=2)
print("append 3"); d.append(K(3)); print("after")
print("appendleft 0"); d.appendleft(K(0)); print("after")
x = K(9); print(sys.getrefcount(x)); d.append(x); print(sys.getrefcount(x))
print("clear"); d.clear(); print("cleared")
d = deque([K(5), K(6)]); d.append(d); print(len(d), d[2] is d)
del d; print(gc.collect())
# items are released left to right when the deque dies
d = deque([K(10), K(11), K(12)])
print("del d"); del d; print("done")
# an iterator keeps its deque alive
d = deque([K(20)]); it = iter(d); print(sys.getrefcount(d)); del d
print(next(it).n); print("drop iterator"); del it; print("end")
# popleft/pop return the reference the deque held
d = deque([K(30), K(31)])
d.popleft(); print("popped left"); d.pop(); print("popped right")
