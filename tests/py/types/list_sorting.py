people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
people.sort(key=lambda p: (-p[1], p[0]))
print(people)
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("cmp", self.v, o.v)
        return self.v < o.v
    def __repr__(self): return f"K{self.v}"
print(sorted([K(2), K(1), K(3), K(0)]))
print(sorted([K(5), K(4)], reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(set(words)))
