class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def f():
    local = D("local")
    try:
        return "returned"
    finally:
        print("finally runs")

print(f())
