# At exit, __main__'s namespace is garbage (its functions hold it) and a full collection
# finalizes what it held in the collector's list order. That order comes from where
# start-up left the module and its namespace (the oldest generation), and from where a
# class statement puts the class's namespace (tracked before the class when the
# statement's namespace was). Objects held by globals, a class attribute and a function
# attribute, with and without a collection before the end.
import gc


class R:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


a = R("a")


class Holder:
    x = R("class-attr")
    y = [R("in a list in a class")]


b = R("b")


def f():
    pass


f.attr = R("func-attr")


class Plain:
    pass


Plain.later = R("set on a class later")
c = R("c")
objs = [o for o in gc.get_objects() if isinstance(o, R)]
print([o.n for o in objs])
del objs
gc.collect()
print([o.n for o in gc.get_objects() if isinstance(o, R)])
print("end")
