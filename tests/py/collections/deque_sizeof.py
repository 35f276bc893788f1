from collections import deque
import sys, gc
sizes = []
d = deque()
for i in range(300):
    d.append(i); sizes.append(sys.getsizeof(d))
for i in range(250):
    d.popleft(); sizes.append(sys.getsizeof(d))
for i in range(200):
    d.appendleft(i); sizes.append(sys.getsizeof(d))
d.rotate(77); sizes.append(sys.getsizeof(d)); d.rotate(-130); sizes.append(sys.getsizeof(d))
for i in range(250):
    d.pop(); sizes.append(sys.getsizeof(d))
print(sorted(set(sizes)), sum(sizes))
