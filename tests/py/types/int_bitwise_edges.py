"""Bitwise operators on ints around the 32-bit edges, bools and big ints: the inline small-int\npath and the long way agree with CPython."""
vals = [0, 1, -1, 5, -6, 255, 256, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**40 + 3, -(2**40), 2**70, True, False]
out = []
for a in vals:
    for b in vals:
        out.append((a & b, a | b, a ^ b))
        if 0 <= b < 64:
            out.append(a >> b)
        x = a
        x &= b
        y = a
        y ^= b
        z = a
        z |= b
        out.append((x, y, z, type(x).__name__, type(a & b).__name__))
print(len(out), sum(hash(str(v)) % 1000003 for v in out) if False else len(str(out)))
print(out)
print(out[:40])
print(out[-40:])
for e in [lambda: 1 >> -1, lambda: 1.0 & 1, lambda: -5 >> 3, lambda: -5 >> 31, lambda: -5 >> 32]:
    try:
        print(e())
    except Exception as ex:
        print(type(ex).__name__, ex)
