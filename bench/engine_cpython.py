"""CPython side of `npm run bench:engine`: the same object graphs the engine builds.

Usage: python3 engine_cpython.py CASE  ->  prints one JSON object with the timings (ms).
Node: a __slots__ class with two children, a GC-tracked object without a free list.
"""
import gc
import json
import sys
import time
import tracemalloc


class Node:
    __slots__ = ("left", "right")


def alloc_free(n):
    t = time.perf_counter()
    for _ in range(n):
        Node()
    return {"ms": (time.perf_counter() - t) * 1000}


def cycles(n):
    gc.disable()
    t = time.perf_counter()
    for _ in range(n):
        a = Node()
        b = Node()
        a.left = b
        b.left = a
    del a, b
    t1 = time.perf_counter()
    found = gc.collect()
    t2 = time.perf_counter()
    return {"ms": (t2 - t) * 1000, "collect_ms": (t2 - t1) * 1000, "found": found}


def tree(depth):
    node = Node()
    if depth > 0:
        node.left = tree(depth - 1)
        node.right = tree(depth - 1)
    return node


def full_collection(depth):
    gc.disable()
    root = tree(depth)
    gc.collect()
    t = time.perf_counter()
    gc.collect()
    ms = (time.perf_counter() - t) * 1000
    del root
    return {"ms": ms}


def memory(depth):
    gc.disable()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    root = tree(depth)
    after = tracemalloc.get_traced_memory()[0]
    count = 2 ** (depth + 1) - 1
    return {"bytes_per_object": (after - before) / count, "objects": count, "keep": root is not None}


CASES = {"alloc_free": alloc_free, "cycles": cycles, "full_collection": full_collection, "memory": memory}

if __name__ == "__main__":
    case, arg = sys.argv[1], int(sys.argv[2])
    print(json.dumps(CASES[case](arg)))
