class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

import sys

def f():
    local = D("local")
    sys.exit(3)

g = D("global")
f()
