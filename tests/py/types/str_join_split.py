csv = "name,age,city\nann,30,paris\nbob,25,rome"
rows = [line.split(",") for line in csv.splitlines()]
print(rows)
header, *data = rows
print([dict(zip(header, r)) for r in data])
print("|".join(h.upper() for h in header), " ".join(reversed("a b c".split())))
words = "  many   spaces here  ".split()
print(words, "_".join(words), "a-b-c".rsplit("-", 1), "k=v=w".partition("="))
print("".join(chr(ord(c) + 1) for c in "HAL"), ", ".join(map(repr, ["x", 1])))
try:
    ", ".join([1, 2])
except TypeError as e:
    print(e)
