import gc

class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

class Widget(D):
    def __init__(self, name):
        self.name = name
        self.callback = self.handle

    def handle(self):
        pass

w = Widget("widget")
del w
print("deleted (bound method keeps a cycle)")
gc.collect()
print("end")
