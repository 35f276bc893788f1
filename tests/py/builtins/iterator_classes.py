# map, zip, enumerate, filter, reversed and super are classes: isinstance() takes them,
# calling one makes its object; reversed() needs __reversed__ or the sequence protocol.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show("list(map(str, [1, 2]))", lambda: list(map(str, [1, 2])))
show("list(zip('ab', [1, 2]))", lambda: list(zip("ab", [1, 2])))
show("list(zip('ab', [1], strict=True))", lambda: list(zip("ab", [1], strict=True)))
show("list(enumerate('ab', start=5))", lambda: list(enumerate("ab", start=5)))
show("list(filter(None, [0, 1, 2]))", lambda: list(filter(None, [0, 1, 2])))
show("list(reversed([1, 2, 3]))", lambda: list(reversed([1, 2, 3])))
show("map(str)", lambda: map(str))
show("filter(None)", lambda: filter(None))
show("reversed(3)", lambda: reversed(3))
show("isinstance(map(str, []), map)", lambda: isinstance(map(str, []), map))
show("isinstance(zip(), zip)", lambda: isinstance(zip(), zip))
show("isinstance(iter([]), map)", lambda: isinstance(iter([]), map))
show("map.__name__", lambda: (map.__name__, zip.__name__, enumerate.__name__, super.__name__))
show("type(enumerate([]))", lambda: type(enumerate([])) is enumerate)
show("type(reversed((1,)))", lambda: type(reversed((1,))) is reversed)
class A:
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return "B" + super().hello()
    @classmethod
    def make(cls):
        return super().__new__(cls)
show("B().hello()", lambda: B().hello())
show("super(B, B()).hello()", lambda: super(B, B()).hello())
show("type(B.make()).__name__", lambda: type(B.make()).__name__)
show("isinstance(super(B, B()), super)", lambda: isinstance(super(B, B()), super))
show("super()", lambda: super())
show("list(reversed('abc'))", lambda: list(reversed("abc")))
show("list(reversed(b'ab'))", lambda: list(reversed(b"ab")))
show("list(reversed(range(3)))", lambda: list(reversed(range(3))))
show("list(reversed({1: 2, 3: 4}))", lambda: list(reversed({1: 2, 3: 4})))
show("reversed({1, 2})", lambda: reversed({1, 2}))
class Seq:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i * 10
show("list(reversed(Seq()))", lambda: list(reversed(Seq())))
class OnlyIter:
    def __iter__(self): return iter([1])
show("reversed(OnlyIter())", lambda: reversed(OnlyIter()))
