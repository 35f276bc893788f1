"""exec and eval take any mapping as locals: names are read, stored and deleted through
its item operations (a class's mappingproxy reads but refuses stores); anything else is
refused."""
import types

try:
    eval("q", {}, 5)
except TypeError as e:
    print(e)
try:
    exec("q", {}, 5)
except TypeError as e:
    print(e)


class A:
    q = 1


print(eval("q", {}, A.__dict__), eval("q + 1", {}, vars(A)))
try:
    exec("x = q", {}, A.__dict__)
except TypeError as e:
    print(e)
try:
    exec("del q", {}, A.__dict__)
except NameError as e:
    print(e)


class M:
    def __getitem__(self, k):
        if k == "z":
            return 42
        raise KeyError(k)

    def __setitem__(self, k, v):
        print("set", k, v)

    def __delitem__(self, k):
        print("del", k)


print(eval("z + 1", {}, M()))
exec("w = z", {}, M())
exec("del w", {}, M())
print(eval("len", {}, M()))
try:
    exec("y = 1", {}, types.MappingProxyType({}))
except TypeError as e:
    print(e)
