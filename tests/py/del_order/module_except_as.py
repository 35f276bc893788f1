class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

class E(Exception):
    def __init__(self, payload):
        self.payload = payload

try:
    raise E(D("payload"))
except E as e:
    print("handling")
print("after handler")
