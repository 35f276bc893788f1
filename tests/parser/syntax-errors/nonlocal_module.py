def f():
    nonlocal = 1
