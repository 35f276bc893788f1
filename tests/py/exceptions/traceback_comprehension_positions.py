"""Tracebacks through comprehensions: the caller's entry marks the whole comprehension (the
CALL and GET_ITER positions), the comprehension's own entry the failing call."""
import traceback, sys
def f(x): return x.foo
try:
    print("a", [f(i) for i in [1]])
except Exception:
    traceback.print_exc(file=sys.stdout)
try:
    print("a", {f(i) for i in [1]})
except Exception:
    traceback.print_exc(file=sys.stdout)
try:
    d = {i: f(i) for i in [1]}
except Exception:
    traceback.print_exc(file=sys.stdout)
try:
    print(list(f(i) for i in [1]))
except Exception:
    traceback.print_exc(file=sys.stdout)
try:
    print([x for x in 1])
except Exception:
    traceback.print_exc(file=sys.stdout)
try:
    print((x for x in 1))
except Exception:
    traceback.print_exc(file=sys.stdout)
try:
    y = [a
         for a in range(3)
         if a.foo]
except Exception:
    traceback.print_exc(file=sys.stdout)
