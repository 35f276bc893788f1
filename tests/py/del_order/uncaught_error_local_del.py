class D:
    def __del__(self):
        print("del during exception printing")

def f():
    d = D()
    raise ValueError("uncaught with local")

f()
