class P:
    @property
    def prop(self):
        return "got"

    @prop.setter
    def prop(self, value):
        print("set", value)

p = P()
p.prop = 1
print(p.prop)
