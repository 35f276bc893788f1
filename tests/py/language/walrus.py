data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10])
total = 0
print([(total := total + x) for x in data], total)
def reader(lines):
    it = iter(lines)
    out = []
    while (line := next(it, None)) is not None:
        out.append(line.upper())
    return out
print(reader(["a", "b"]))
print((w := 5) + w, w)
