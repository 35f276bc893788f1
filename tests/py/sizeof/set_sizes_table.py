"""sys.getsizeof of sets follows their table as CPython sizes it: growth on add, no shrink on
discard or pop, results of |, &, -, ^ sized by the merge that made them."""
import sys
s = set(range(100)); print(sys.getsizeof(s))
for i in range(95): s.discard(i)
print(sys.getsizeof(s), len(s))
print(sys.getsizeof({1,2,3} | {4,5}), sys.getsizeof({1,2,3} & {2,3}), sys.getsizeof({1,2,3} - {2}), sys.getsizeof({1,2,3} ^ {3,4}))
t = set()
sizes = []
for i in range(40):
    t.add(i); sizes.append(sys.getsizeof(t))
print(sizes)
for i in range(40): t.pop()
print(sys.getsizeof(t)); t.clear(); print(sys.getsizeof(t))
u = set("abcdefghij"); print(sys.getsizeof(u))
for c in "abcdefgh": u.remove(c)
print(sys.getsizeof(u), sys.getsizeof(u.copy()), sys.getsizeof(frozenset(u)))
print(sys.getsizeof(set(range(1000))), sys.getsizeof({x for x in range(1000)}), sys.getsizeof(frozenset(range(10))))
s2 = set(range(10)); s2.update(range(10, 30)); print(sys.getsizeof(s2))
s3 = set(range(50)); s3.difference_update(range(45)); print(sys.getsizeof(s3))
s4 = set(range(50)); s4.intersection_update(range(3)); print(sys.getsizeof(s4))
