import gc

class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def make():
    d = D("captured")
    def rec(n):
        return d if n == 0 else rec(n - 1)
    return rec

f = make()
print(f(2).name)
del f
print("deleted (closure refers to itself through its cell)")
gc.collect()
print("end")
