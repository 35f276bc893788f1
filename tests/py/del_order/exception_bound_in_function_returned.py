class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def boom():
    local = D("boom local")
    raise KeyError("k")

def get_error():
    try:
        boom()
    except KeyError as e:
        return e

err = get_error()
print("got error")
err = None
print("dropped")
