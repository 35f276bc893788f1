# str() takes its object by keyword too, and decodes with encoding/errors.
class P:
    def __str__(self):
        return "p"


print(str(object=1), str(object=P()), str(object="s"), repr(str()))
print(str(b"ab", "ascii"), str(object=b"cd", encoding="utf-8"), str(b"\xff", errors="replace"))
for args, kw in [((1, 2), {}), ((), {"obj": 1}), ((1,), {"object": 2})]:
    try:
        str(*args, **kw)
    except TypeError as e:
        print(e)
