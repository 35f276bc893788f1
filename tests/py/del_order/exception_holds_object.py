class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

class E(Exception):
    pass

try:
    raise E(D("payload"))
except E as e:
    print("caught", e.args[0].name)
print("after except")
err = E(D("kept"))
try:
    raise err
except E:
    print("caught kept")
print("after second except")
del err
print("end")
