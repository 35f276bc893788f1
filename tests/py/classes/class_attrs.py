class C:
    count = 0
    items = []
    def __init__(self):
        C.count += 1
        self.items.append(C.count)
a, b = C(), C()
print(C.count, a.count, a.items is b.items, C.items)
a.count = 99
print(a.count, C.count, b.count)
del a.count
print(a.count)
print(C.__name__, C.__qualname__, C.__module__, C.__doc__)
class D:
    "docstring"
    class Inner:
        pass
print(D.__doc__, D.Inner.__qualname__, D.Inner.__name__)
print(sorted(k for k in vars(C) if not k.startswith("__")))
C.new_attr = "added"
print(a.new_attr, getattr(C, "missing", "default"))
delattr(C, "new_attr")
print(hasattr(a, "new_attr"))
