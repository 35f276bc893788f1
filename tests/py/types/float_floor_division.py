# Floor division of floats is float_floor_div's: the quotient from x - fmod(x, y), not
# floor(x / y), which is wrong where x / y rounds up to an integer (1 // 0.1).
vals = [0.0, -0.0, 0.1, -0.1, 1.0, -1.0, 0.3, 2.5, -2.5, 7.0, -7.0, 1e300, -1e-300, 5e-324, 3.0, 1e16, -1e16, float("inf"), float("-inf"), float("nan"), 10, -3]
for x in vals:
    print(x, [repr(x // y) if y != 0 else "Z" for y in vals])
