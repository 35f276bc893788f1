import sys

values = [
    1j, -1j, 0j, -0j, 2.5j, 1e16j, 1e15j, 1 + 2j, 1.5 - 2.5j, -3 - 4j, 1e-7 + 1e20j,
    complex(0, -0.0), complex(-0.0, 0), complex(-0.0, -0.0), complex(3, 0), complex(0.1, 0.2),
    complex(float("nan"), float("inf")), complex(float("-inf"), float("nan")),
    complex(1, float("nan")), complex(float("inf"), -0.0),
]
for v in values:
    print(repr(v), str(v), v.real, v.imag, bool(v), v.conjugate())

print(type(1j), type(1j).__name__, complex.__mro__, isinstance(2j, complex))
print(sys.getsizeof(1j), sys.getsizeof(complex(1, 2)))

# hash: hash(real) + 1000003 * hash(imag), equal numbers hash alike
for v in [1j, -1j, 0j, 1 + 2j, 1.5 - 2.5j, 1e16j, 0.1 + 0.2j, complex(2**60, 3), complex(1e300, -1e300)]:
    print(repr(v), hash(v))
print(hash(3 + 0j) == hash(3) == hash(3.0), hash(0.5 + 0j) == hash(0.5))
print(hash(complex(float("inf"), 1)), hash(complex(1, float("-inf"))))

# equal keys: x+0j is the same key as x
d = {1: "int", 1.0: "float", 1 + 0j: "complex", 1j: "imaginary", 2.5 + 0j: "c"}
print(d)
print(d[1], d[2.5], len({1, 1.0, 1 + 0j, 0j, 0, False}), {1 + 0j, 2} == {1, 2})

# constants: the same literal in one code object is one object
def two():
    return 3j, 3j


a, b = two()
print(a is b, a == b)

# attributes are new floats; conjugate of a real-valued complex
c = 4 - 5j
print(c.real, c.imag, type(c.real).__name__, c.conjugate(), (4 + 0j).conjugate())
print(c.__getnewargs__(), c.__complex__() is c)
print(complex.__add__(1j, 2), complex.__rsub__(1j, 2), complex.__eq__(1j, "x"))
print((1j).__ne__(1j), (1j).__ne__(2))
try:
    c.real = 3
except AttributeError as e:
    print("AttributeError")
