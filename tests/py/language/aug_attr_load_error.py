# o.name op= v: a failing load is reported at the target (o.name), not the statement.
class Box:
    pass


def bump(o):
    o.inner.count += 1


box = Box()
box.inner = Box()
box.inner.count = 0
for _ in range(3):
    bump(box)
print(box.inner.count)
box.inner = Box()
bump(box)
