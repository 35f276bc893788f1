# A raise that does not fill its line (after a colon) is marked in the traceback.
def f(n):
    if n == 0: raise ValueError("x")
    return f(n - 1)
def g():
    try: f(1)
    except ValueError: raise KeyError("k")
g()
