def divide(a, b):
    return a / b

def outer():
    x = 10
    return divide(x, 0) + 1

print("start")
outer()
