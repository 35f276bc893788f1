"""int ** negative int is float_pow (0 ** -1 raises ZeroDivisionError); float % gives the divisor's sign to a zero remainder; divmod of floats."""
for a, b in [(0, -1), (0, -2), (2, -1), (-2, -3)]:
    try:
        print(a, b, a ** b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print(-0.0 % 5.0, 0.0 % -5.0, -0.0 % -5.0, 5.0 % 5.0, -5.0 % 5.0, 5.0 % -5.0)
print(-0.0 // 5.0, 0.0 // -5.0)
print(divmod(-0.0, 5.0), divmod(0.0, -5.0), divmod(-5.0, 5.0), divmod(7.5, -2.0))
