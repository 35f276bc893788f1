from _tracer import run


def comps(n):
    a = [i * 2 for i in range(n)]
    b = {k: len(k) for k in ["x", "yy"]}
    c = {i // 2 for i in range(n) if i}
    d = [(i, j) for i in range(2) for j in range(i)]
    return a, b, sorted(c), d


print(run(comps, 3))
