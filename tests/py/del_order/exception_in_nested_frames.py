class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def level2():
    two = D("level2 local")
    raise KeyError("k")

def level1():
    one = D("level1 local")
    level2()

try:
    level1()
except KeyError:
    print("caught")
print("after")

def handled_inside():
    a = D("handled local")
    try:
        level2()
    except KeyError:
        print("caught inside")
    print("returning")

handled_inside()
print("end")
