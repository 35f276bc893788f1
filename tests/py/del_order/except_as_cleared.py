class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def raises():
    local = D("local")
    raise ValueError("boom")

try:
    raises()
except ValueError as e:
    print("in except", e)
    print("still in except")
print("after try")
try:
    print(e)
except NameError as ne:
    print("NameError", ne)
