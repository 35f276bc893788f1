import gc

class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def f():
    d = D("local of f")
    try:
        raise ValueError("v")
    except ValueError as e:
        err = e
    return "returned"

# frame -> err -> exception -> traceback -> frame: a cycle, freed only by the collector.
print(f())
print("collecting")
gc.collect()
print("end")
