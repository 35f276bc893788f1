for n in [0, 1, 7, 8, 255, 256, -1, -255, 2**40, -(2**40)]:
    print(n, hex(n), oct(n), bin(n))
print([chr(c) for c in range(97, 103)], [ord(c) for c in "Hi!"], chr(955), ord("λ"))
print(int(hex(2**70), 16) == 2**70, int(bin(12345), 2), int(oct(999), 8), int("ZZ", 36), int("-0b11", 0))
print(format(255, "08b"), format(255, "x").upper(), "{:o}".format(64), f"{10:#b}")
