/**
 * The `heapq` module (CPython Lib/heapq.py, with the C _heapq accelerator there): a binary
 * min-heap on a list, sifted as CPython sifts it (so a heap's list reads the same), and
 * nlargest/nsmallest/merge.
 * NOT-CPYTHON: module source run at import (frames show as `<frozen heapq>`); nlargest and
 * nsmallest sort (the results CPython documents them as equal to); merge picks the next
 * value by scanning the iterators' heads; no _max variants.
 */
import { runLibrarySource } from "./library.js";
import { declareModule } from "./registry.js";

const LIBRARY = (): string =>
  `
__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest',
           'nsmallest', 'heappushpop']


def heappush(heap, item):
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return top
    return last


def heapreplace(heap, item):
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return top


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def _siftdown(heap, start, pos):
    # Move heap[pos] up towards start while it is smaller than its parent.
    item = heap[pos]
    while pos > start:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if item < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


def _siftup(heap, pos):
    # Walk the smaller child down to a leaf, then sift the item back up from there.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown(heap, start, pos)


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]


def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n]


def merge(*iterables, key=None, reverse=False):
    heads = []
    for it in map(iter, iterables):
        for value in it:
            heads.append([value, it])
            break
    while heads:
        best = None
        best_key = None
        for entry in heads:
            k = entry[0] if key is None else key(entry[0])
            if best is None or (best_key < k if reverse else k < best_key):
                best, best_key = entry, k
        yield best[0]
        for value in best[1]:
            best[0] = value
            break
        else:
            heads.remove(best)
`;

declareModule("heapq", (m, module) => {
  runLibrarySource(module, m, LIBRARY(), "<frozen heapq>");
});
