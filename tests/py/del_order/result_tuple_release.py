class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

# enumerate/zip keep their last result tuple until they are freed: the exhausted list is
# released first (e0 dies), then the cached tuple (e1).
for i, o in enumerate([D("e0"), D("e1")]):
    o = None
print("enumerate loop done")
for a, b in zip([D("z0")], [D("z1")]):
    a = b = None
print("zip loop done")
