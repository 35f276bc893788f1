class Node:
    def __init__(self, val, nxt=None): self.val, self.next = val, nxt
class LinkedList:
    def __init__(self, *vals):
        self.head = None
        for v in reversed(vals):
            self.head = Node(v, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self): return " -> ".join(map(str, self)) or "empty"
ll = LinkedList(1, 2, 3, 4)
print(ll, list(ll), sum(ll))
ll.reverse()
print(ll, LinkedList())
