# atexit: LIFO order, arguments, unregister, and one list shared with weakref.finalize
# (finalize registers its exit hook at its first use, so it runs at that position).
import atexit
import weakref


class Thing:
    pass


def handler(name, *args, **kwargs):
    print("handler", name, args, sorted(kwargs.items()))


returned = atexit.register(handler, "first", 1, 2, key="v")
print(returned is handler)
keep_a = Thing()
weakref.finalize(keep_a, print, "finalize a")
atexit.register(handler, "second")


@atexit.register
def decorated():
    print("decorated (registered third)")


keep_b = Thing()
weakref.finalize(keep_b, print, "finalize b")


def removed():
    print("never printed")


atexit.register(removed)
atexit.register(removed)
print(atexit.unregister(removed))
atexit.unregister(lambda: None)  # not registered: nothing happens


def registers_late():
    print("registers_late runs")
    atexit.register(print, "registered during exit: never runs")


atexit.register(registers_late)
atexit.register(print, "print", "with", "sep", sep="-")
print("end of main")
