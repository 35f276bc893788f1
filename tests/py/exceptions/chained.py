def f():
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e

try:
    f()
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, repr(e.__cause__))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print("context:", repr(e.__context__))
    print(e)

class MyError(Exception):
    pass

try:
    raise MyError("custom", 42)
except Exception as e:
    print(repr(e), e.args, str(e))

try:
    [1, 2, 3][10]
except IndexError as e:
    print("IndexError:", e)

try:
    undefined_name
except NameError as e:
    print("NameError:", e)

try:
    None.attr
except AttributeError as e:
    print("AttributeError:", e)

def finally_demo():
    try:
        return "from try"
    finally:
        print("finally runs")

print(finally_demo())
f()
