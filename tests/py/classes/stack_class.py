class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x); return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self): return len(self._items)
    def __bool__(self): return bool(self._items)
    def __repr__(self): return f"Stack({self._items})"
    def __contains__(self, x): return x in self._items
    def __iter__(self): return reversed(self._items)
s = Stack().push(1).push(2).push(3)
print(s, len(s), 2 in s, list(s), s.pop(), s)
while s:
    print("popped", s.pop())
try:
    s.pop()
except IndexError as e:
    print(e)
