# The heapq module: pushes, pops, heapify (the list as CPython sifts it), nlargest,
# nsmallest, merge.
import heapq, random
random.seed(7)
data = [random.randint(0, 100) for _ in range(20)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(5)], h)
d2 = data[:]
heapq.heapify(d2)
print(d2)
print(heapq.heapreplace(d2, 50), heapq.heappushpop(d2, 1), heapq.heappushpop(d2, 99), d2)
print(heapq.nlargest(3, data), heapq.nsmallest(4, data), heapq.nlargest(2, ['bb', 'a', 'ccc'], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
print(list(heapq.merge(['a', 'bbb'], ['cc'], key=len)))
tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print(e)
