class C:
    def __new__(cls, *args):
        obj = object.__new__(cls)
        print("__new__ made", type(obj).__name__)
        return obj

    def __init__(self, arg=None):
        print("__init__ ran", arg)

C(1)
