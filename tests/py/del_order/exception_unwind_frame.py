class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def raises():
    local = D("local of raising frame")
    raise ValueError("boom")

try:
    raises()
except ValueError:
    print("in except")
print("after try")
