class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def boom(tag):
    local = D("local " + tag)
    raise KeyError(tag)

errors = []
for tag in ["one", "two"]:
    try:
        boom(tag)
    except KeyError as e:
        errors.append(e)
print("collected", len(errors))
errors.pop()
print("popped one")
errors.clear()
print("cleared")
