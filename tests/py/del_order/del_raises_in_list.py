class Bad:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Bad(" + self.name + ")"
    def __del__(self):
        raise RuntimeError(self.name)

x = [Bad("a"), Bad("b")]
del x
print("end")
