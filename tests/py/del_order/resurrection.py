saved = []

class R:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)
        saved.append(self)

r = R("r")
del r
print("after del, saved", len(saved), saved[0].name)
saved.clear()
print("after clearing saved (no second __del__)")
