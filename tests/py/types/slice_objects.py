s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(5), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
data = list(range(10))
print(data[s], data[slice(3)], data[::-3], data[-3:-1], data[8:2:-2], "abcdef"[slice(1, None, 2)])
class Spy:
    def __getitem__(self, k):
        return k
sp = Spy()
print(sp[1:2], sp[::], sp[1:2, 3], sp[...], sp[:, None])
try:
    data[::0]
except ValueError as e:
    print(e)
print(slice(1, 2) == slice(1, 2), (1, 2, 3)[1:], "hello"[1:-1:2])
