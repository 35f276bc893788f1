import sys

class C:
    pass

x = C()
# map() holds the item it got from the iterator while calling the function.
list(map(lambda o: print("map fn", sys.getrefcount(o)), [x]))
list(map(lambda a, b: print("map two", sys.getrefcount(a), sys.getrefcount(b)), [x], [x]))
