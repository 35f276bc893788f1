def f():
    a = 1
    b = "two"
    return locals()

print(f())
