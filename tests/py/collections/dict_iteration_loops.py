# for-loops over a dict's keys, values and items, in functions (generated code) and at
# module level: the order, the size-change error, values changed during the loop.
def loops(d):
    out = []
    for k in d:
        out.append(k)
    for v in d.values():
        out.append(v)
    for k, v in d.items():
        out.append((k, v))
    for k in d.keys():
        d[k] = k * 10
    out.append(list(d.values()))
    return out


print(loops({3: "c", 1: "a", 2: "b"}))


def grow(d):
    try:
        for k in d:
            d[k + 100] = 0
    except RuntimeError as e:
        print(e)
    try:
        for k, v in d.items():
            del d[k]
    except RuntimeError as e:
        print(e, len(d))


grow({1: 1, 2: 2})
d = {"x": 1, "y": 2}
for k, v in d.items():
    print(k, v)
items = list(d.items())
print(items, [type(t).__name__ for t in items], items[0] is items[1])
