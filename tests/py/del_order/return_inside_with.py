class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit", self.name)

def f():
    local = D("local")
    with D("manager"):
        return "value"

print(f())
