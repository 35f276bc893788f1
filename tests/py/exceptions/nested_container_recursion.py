# repr and comparison of nested containers recurse in C and count against the recursion
# limit (Py_EnterRecursiveCall), with the frames of the Python code around them.
import sys


def nest(n):
    top = cur = []
    for _ in range(n):
        cur.append([])
        cur = cur[0]
    return top


a, b = nest(3000), nest(3000)
for name, fn in [("repr", lambda: repr(a)), ("str", lambda: str(a)), ("eq", lambda: a == b)]:
    try:
        fn()
        print(name, "no error")
    except RecursionError as e:
        print(name, "RecursionError:", e)
shallow = nest(900)
print(len(repr(shallow)), shallow == nest(900))
sys.setrecursionlimit(5000)
print(len(repr(a)), a == b)
sys.setrecursionlimit(1000)


def depth(f, n):
    if n == 0:
        return f()
    return depth(f, n - 1)


small = nest(500)
for frames in (100, 490, 600):
    try:
        print(frames, len(depth(lambda: repr(small), frames)))
    except RecursionError as e:
        print(frames, "RecursionError:", e)
