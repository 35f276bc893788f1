class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def level3():
    c = D("level3 local")
    raise ValueError("deep")

def level2():
    b = D("level2 local")
    level3()

def level1():
    a = D("level1 local")
    level2()

try:
    level1()
except ValueError as e:
    saved = e
print("saved")
del saved
print("dropped")
