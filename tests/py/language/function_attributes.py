def f():
    pass

f.attr = 1
print(f.attr, f.__dict__)
