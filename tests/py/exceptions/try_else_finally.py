def f(x):
    try:
        print("try", x)
        if x == 1:
            raise ValueError
        if x == 2:
            return "returned"
    except ValueError:
        print("except")
        return "from except"
    else:
        print("else")
    finally:
        print("finally")
    return "end"
for i in range(3):
    print(f(i))
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("fin", i)
    return i
print(h())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
nested()
try:
    try:
        raise ValueError("first")
    finally:
        print("cleanup")
except ValueError as e:
    print("got", e)
x = 0
while True:
    try:
        x += 1
        if x > 2:
            break
    finally:
        print("loop finally", x)
