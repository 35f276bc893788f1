class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def make():
    x = D("captured by lambda")
    return lambda: x.name

f = make()
print(f())
f = None
print("end")
