class Loud(list):
    def __len__(self):
        print("  __len__")
        return super().__len__()

    def __getitem__(self, i):
        print("  __getitem__", i)
        return super().__getitem__(i)

    def __iter__(self):
        print("  __iter__")
        return super().__iter__()


loud = Loud([10, 20, 30, 40])
print("unpacking pattern:")
match loud:
    case [a, b, c, d]:
        print(a, b, c, d)
print("star wildcard pattern:")
match loud:
    case [a, *_, d]:
        print(a, d)
print("star capture pattern:")
match loud:
    case [a, *rest]:
        print(a, rest)
print("only wildcards:")
match loud:
    case [_, _, *_]:
        print("matched")
print("length mismatch:")
match loud:
    case [a, b]:
        print("no")
    case _:
        print("no match")


# subclasses of dict are mappings: keys are looked up with get()
class LoudDict(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)


print("mapping subclass:")
match LoudDict(a=1, b=2):
    case {"a": 1, "z": _}:
        print("no")
    case {"b": b, **rest}:
        print("b =", b, "rest =", rest)


# subclasses of builtin types keep matching themselves positionally
class MyInt(int):
    pass


class MyStr(str):
    __match_args__ = ("upper_form",)

    @property
    def upper_form(self):
        return self.upper()


match MyInt(5):
    case MyInt(n):
        print("MyInt self-match:", n, type(n).__name__)
match MyStr("abc"):
    case MyStr(u):
        print("MyStr via __match_args__:", u)
match MyInt(7):
    case int(n):
        print("int(n) with a subclass instance:", n)
