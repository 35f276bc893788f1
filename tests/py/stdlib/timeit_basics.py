"""timeit: the timed statement runs number times in a compiled function with the cyclic
collector off (on again after), its setup once; strings and callables; globals; repeat,
autorange, the generated source and errors from the timed code."""
import gc
import sys
import time
import timeit

calls = []


def work():
    calls.append(gc.isenabled())


t = timeit.Timer(work)
elapsed = t.timeit(number=5)
print(type(elapsed).__name__, elapsed >= 0, len(calls), set(calls), gc.isenabled())
gc.disable()
calls.clear()
timeit.timeit(work, number=3)
print(len(calls), gc.isenabled())
gc.enable()

print(timeit.default_timer is time.perf_counter, timeit.default_number, timeit.default_repeat)
print(timeit.dummy_src_name, timeit.__all__)

t = timeit.Timer("x.append(len(x))", setup="x = []\ny = 2")
print(t.src)
t.timeit(number=4)
print(type(t.inner).__name__, t.inner.__name__, t.inner.__code__.co_filename)

counter = [0]
t = timeit.Timer("counter[0] += 1", globals=globals())
r = t.repeat(repeat=3, number=7)
print(len(r), all(isinstance(x, float) for x in r), counter)
print(timeit.repeat("pass", number=2, repeat=2).__class__.__name__)

t = timeit.Timer(lambda: None, setup=lambda: calls.append("setup"))
calls.clear()
t.timeit(number=10)
print(calls, t.src.splitlines()[1])

seen = []
number, taken = timeit.Timer("time.sleep(0.25)", setup="import time").autorange(
    lambda n, s: seen.append(n))
print(number, taken >= 0.25, seen)

for bad in (dict(stmt=1), dict(setup=2)):
    try:
        timeit.Timer(**bad)
    except ValueError as e:
        print("ValueError", e)
try:
    timeit.Timer("return 1")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename)
try:
    timeit.Timer("x = (")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename)

t = timeit.Timer("1 / 0")
try:
    t.timeit(number=1)
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("ZeroDivisionError in", tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_filename, tb.tb_lineno)
print(gc.isenabled())
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError", e)
