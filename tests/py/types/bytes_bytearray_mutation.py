# bytearray is mutable: items, slices, append/extend/pop/insert/remove, +=, *=.
ba = bytearray(b"hello")
ba[0] = 74
print(ba)
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b""
print(ba)
ba[0:0] = bytearray(b">>")
print(ba)
ba[-1:] = [33, 33]
print(ba)
ba[::2] = b"12345"[: len(ba[::2])]
print(ba)
del ba[0]
print(ba)
del ba[1:3]
print(ba)
del ba[::2]
print(ba)
ba.append(65)
ba.extend(b"BC")
ba.extend([68, 69])
ba.extend(range(70, 72))
ba.extend(x for x in (71,))
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.insert(0, 48)
ba.insert(100, 57)
ba.insert(-1, 56)
print(ba)
ba.remove(65)
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c += b"++"
print(ba, c, c is not ba)
alias = c
c += bytearray(b"!")
print(alias is c, alias)
c *= 2
print(c)
try:
    c += c
except BufferError as e:
    print("BufferError", e)
c.extend(c)
c[0:0] = c
print(len(c))
e = bytearray()
e += e
print(e)
ba.clear()
print(ba, len(ba))
it = bytearray(b"abc")
for i, x in enumerate(it):
    if i == 0:
        it.append(100)
    print(x, end=" ")
print()
for call in [
    lambda: bytearray(b"a").pop(5),
    lambda: bytearray().pop(),
    lambda: bytearray(b"a").append(256),
    lambda: bytearray(b"a").append("a"),
    lambda: bytearray(b"a").remove(98),
    lambda: bytearray(b"a").extend("str"),
    lambda: bytearray(b"a").extend(5),
    lambda: bytearray(b"a").extend([1, 999]),
    lambda: hash(bytearray()),
]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b"abc")
for stmt in ["ba[0] = 300", "ba[0:3:2] = b'xyz'", "ba[0:1] = 5", "ba[9]", "ba['x']", "ba[0] = b'a'"]:
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b"abc")
try:
    ba += "x"
except TypeError as e:
    print("TypeError", e)
try:
    ba[5] = 1
except IndexError as e:
    print("IndexError", e)
try:
    del ba[5]
except IndexError as e:
    print("IndexError", e)
b = b"immutable"
for stmt in ["b[0] = 1", "del b[0]", "b.append(1)"]:
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__, e)
