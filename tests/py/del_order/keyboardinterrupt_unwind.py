class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def f():
    d = D(1)
    raise KeyboardInterrupt

try:
    f()
except KeyboardInterrupt:
    print("caught KeyboardInterrupt")
print("end")
