# deepcopy and memory: sharing and cycles kept in the copy, the memo (its keep-alive list
# under id(memo)), reference counts after copies, when originals and copies die, and the
# collector finding cyclic copies.
import copy
import gc
import sys


class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

    def __repr__(self):
        return f'Node({self.name})'


# Sharing: one object reached twice is copied once.
shared = [1, 2]
outer = [shared, shared, {'s': shared}, (shared,)]
dup = copy.deepcopy(outer)
print(dup[0] is dup[1], dup[0] is dup[2]['s'], dup[3][0] is dup[0], dup[0] is shared)
shallow = copy.copy(outer)
print(shallow[0] is shared, shallow[3] is outer[3])

# Cycles: lists, dicts, instances, and a tuple reached through its own list.
lst = [0]
lst.append(lst)
c = copy.deepcopy(lst)
print(c, c[1] is c, c is lst)
d = {}
d['self'] = d
cd = copy.deepcopy(d)
print(cd, cd['self'] is cd)
a, b = Node('a'), Node('b')
a.next, b.next = b, a
ca = copy.deepcopy(a)
print(ca, ca.next, ca.next.next is ca, ca.next is b)
inner = []
t = (inner, 1)
inner.append(t)
ct = copy.deepcopy(t)
print(ct[0][0] is ct, ct is t, ct[0] is inner)

# The memo: the copy of each object by id, the originals kept alive under id(memo).
memo = {}
src = [Node('m'), [1]]
out = copy.deepcopy(src, memo)
print(memo[id(src)] is out, memo[id(src[0])] is out[0], memo[id(src[1])] is out[1])
print(len(memo), memo[id(memo)][-1] is src, sum(1 for x in memo[id(memo)] if x is src[0]))
again = copy.deepcopy(src, memo)
print(again is out, copy.deepcopy(src[0], memo) is out[0])
print(len(copy_memo := {}), copy.deepcopy({1, 2}, copy_memo), len(copy_memo))
copy.deepcopy(Node('n'), copy_memo)
print(len(copy_memo), [type(v).__name__ for v in copy_memo.values()])
memo = copy_memo = None

# Reference counts: a shallow copy adds one reference per item; a deep copy of an atom
# adds one to it; everything returns to its count when the copies go.
x = Node('x')
base = sys.getrefcount(x)
pair = copy.copy([x, x])
print(sys.getrefcount(x) - base)
deep = copy.deepcopy([x, 'atom', 7])
print(sys.getrefcount(x) - base, deep[0] is x)
del pair, deep
print(sys.getrefcount(x) - base)
s = 'an atom string ' + str(base)
base_s = sys.getrefcount(s)
held = [copy.copy(s), copy.deepcopy(s), copy.deepcopy((s, s))]
print(sys.getrefcount(s) - base_s, held[2][0] is s)
del held
print(sys.getrefcount(s) - base_s)
tp = (x, 1)
base_t = sys.getrefcount(tp)
kept = [copy.copy(tp), copy.deepcopy((1, 2))]
print(sys.getrefcount(tp) - base_t, kept[0] is tp)
del kept
node = Node('held')
node.data = [x]
base_x = sys.getrefcount(x)
clone = copy.copy(node)
print(sys.getrefcount(x) - base_x, clone.data is node.data)
clone = copy.deepcopy(node)
print(sys.getrefcount(x) - base_x, clone.data is node.data)
del clone


# When copies and originals die
class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)

    def __deepcopy__(self, memo):
        return Loud(self.name + "'")

    def __copy__(self):
        return Loud(self.name + '~')


print('-- copy of a temporary')
copy.deepcopy(Loud('t'))
print('-- list of two')
two = copy.deepcopy([Loud('p'), Loud('q')])
print('copied')
del two
print('-- shallow copy shares')
orig = [Loud('r')]
sh = copy.copy(orig)
del orig
print('orig gone')
del sh
print('-- copy.copy of the object itself')
one = Loud('u')
cp = copy.copy(one)
del one
print('one gone')
del cp


class Plain:
    def __del__(self):
        print('del plain', self.tag)


print('-- default reduction')
pl = Plain()
pl.tag = 'orig'
pc = copy.deepcopy(pl)
pc.tag = 'copy'
del pl
print('orig dropped')
del pc
print('-- cycles copied are garbage the collector finds')
gc.collect()
ring = [Node(i) for i in range(3)]
for i, n in enumerate(ring):
    n.next = ring[(i + 1) % 3]
rc = copy.deepcopy(ring)
print(rc[2].next is rc[0], rc[0].next is ring[1])
del rc
print('collected', gc.collect())
del ring
print('collected', gc.collect())
cyc = [Plain()]
cyc[0].tag = 'cyc'
cyc[0].me = cyc
cc = copy.deepcopy(cyc)
cc[0].tag = 'cyc copy'
del cc
print('before collect')
print('collected', gc.collect())
