class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def raises():
    local = D("kept by traceback")
    raise ValueError("boom")

try:
    raises()
except ValueError as e:
    saved = e
print("after except, saved")
tb = saved.__traceback__
saved = None
print("exception dropped, traceback kept")
tb = None
print("traceback dropped")
