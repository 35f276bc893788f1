class C:
    def __getattribute__(self, name):
        if name == "probe":
            return "from __getattribute__"
        return object.__getattribute__(self, name)

c = C()
c.real = 1
print(c.probe, c.real)
