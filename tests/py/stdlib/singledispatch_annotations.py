# functools.singledispatch: @register with the type given, or read from the first
# parameter's annotation (a string annotation is evaluated in the function's globals).
import functools


class Shape:
    pass


class Circle(Shape):
    pass


@functools.singledispatch
def show(x):
    return "object"


@show.register
def _(x: int):
    return "int"


@show.register
def _(x: "Shape"):
    return "shape"


@show.register(list)
def _(x):
    return "list"


print(show(1), show(True), show("s"), show(Circle()), show([1]), show(2.5))
print(sorted(k.__name__ for k in show.registry))
try:

    @show.register
    def _(x):
        return "none"

except TypeError as e:
    print(str(e).split(":")[0])
try:

    @show.register
    def _(x: 3):
        return "three"

except TypeError as e:
    print(e)
