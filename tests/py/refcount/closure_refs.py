import sys
def outer():
    data = object()
    def inner():
        return data
    print(sys.getrefcount(data))
    return inner, data
fn, obj = outer()
print(sys.getrefcount(obj))
del fn
print(sys.getrefcount(obj))
def make():
    v = []
    return [lambda: v for _ in range(3)], v
fns, v = make()
print(sys.getrefcount(v))
fns.pop()
print(sys.getrefcount(v))
