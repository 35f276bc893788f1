# __length_hint__ of the iterators over lists, tuples, ranges and str.
for seq in ([1, 2, 3], (1, 2), range(5), range(10, 0, -3), range(2**60, 2**60 + 4), "abcd", []):
    it = iter(seq)
    hints = [it.__length_hint__()]
    for _ in it:
        hints.append(it.__length_hint__())
    print(type(it).__name__, hints)
lst = [1, 2, 3]
it = iter(lst)
next(it)
lst.append(4)
print(it.__length_hint__())
lst.clear()
print(it.__length_hint__())
