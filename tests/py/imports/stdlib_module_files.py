# Library modules have the __file__ CPython imports them from, under sys.prefix; builtin
# modules have none. tracemalloc's documented filter on its own file works.
import collections
import collections.abc
import functools
import gc
import math
import os
import sys
import tracemalloc

for m in (tracemalloc, collections, collections.abc, functools, math, os):
    print(m.__name__, os.path.relpath(m.__file__, sys.prefix))
print([hasattr(m, "__file__") for m in (gc, sys)])
tracemalloc.start()
blocks = [bytes(100) for _ in range(10)]
snap = tracemalloc.take_snapshot().filter_traces(
    (
        tracemalloc.Filter(False, tracemalloc.__file__),
        tracemalloc.Filter(False, "<frozen importlib._bootstrap>"),
        tracemalloc.Filter(False, "<unknown>"),
    )
)
top = snap.statistics("lineno")[0]
print(os.path.basename(top.traceback[0].filename), top.traceback[0].lineno, top.count)
print("%s" % (False,) is str(False), "%s" % (True,) is "%s" % True)
