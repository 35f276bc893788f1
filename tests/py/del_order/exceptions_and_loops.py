class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def raises():
    local = D("local of raising frame")
    raise ValueError("boom")

try:
    raises()
except ValueError as e:
    print("caught", e)
print("after except")

saved = None
try:
    raises()
except ValueError as e:
    saved = e
print("saved exception keeps the frame alive")
saved = None
print("dropped saved exception")

for i in range(3):
    obj = D(f"loop {i}")
print("loop done")
del obj

def make_and_drop():
    return D("returned").name

print(make_and_drop())
lst = [D("a"), D("b")]
lst.pop()
print("after pop")
lst[0] = D("c")
print("after replace")
del lst
print("end")
