import gc

gc.collect()

def frame_cycle():
    try:
        raise ValueError("v")
    except ValueError as e:
        err = e

# Unreachable: the exception, its traceback, the frame object (and the args tuple).
frame_cycle()
print("collected", gc.collect())

def frame_cycle_two_levels():
    def inner():
        raise KeyError("k")
    try:
        inner()
    except KeyError as e:
        err = e

frame_cycle_two_levels()
print("collected (two frames)", gc.collect())
