# gc.set_threshold parses its arguments as PyArg_ParseTuple does ("i|ii:set_threshold").
import gc

for args in [(), (1, 2, 3, 4)]:
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print(e)
try:
    gc.set_threshold(threshold0=5)
except TypeError as e:
    print(e)
gc.set_threshold(5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
