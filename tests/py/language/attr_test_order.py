# 'if o.x:' tests the attribute's value: bools and None without a reference, anything
# else through __bool__/__len__; a temporary owner goes before its attribute is tested.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
class O:
    def __init__(self, x): self.x = x
    def __del__(self): print("del O")
def t(o):
    if o.x:
        return "yes"
    return "no"
def mk(x):
    return O(x)
def t2(x):
    if mk(x).x:
        return "yes"
    return "no"
for v in [True, False, None, 0, 3, "", "a", B(True), B(False), [], [1]]:
    print(t(O(v)), t2(v))
def bad(o):
    if o.missing:
        pass
class E:
    def __bool__(self): raise ValueError("no bool")
for i in range(3):
    try:
        bad(O(1))
    except AttributeError as e:
        print(e)
    try:
        t(O(E()))
    except ValueError as e:
        print(e)
