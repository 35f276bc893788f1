# Float formatting correctly rounded as CPython's dtoa (ties to even on the exact binary
# value, any precision), the alternate forms, round(x, n) and float.fromhex, over
# chosen and pseudo-random doubles.
for spec in ['.0e', '.1e', '.2g', '.1g', '.0f', '.1f', '.2f', '.3e', 'g', '.3g', '.10g', '.17g', '.20e', '.101f', '.150e', '.120g', '#.3g', '.0%', '.120%']:
    for x in [2.5, 0.125, 1.25, 3.5, 0.5, 1e22, 123456789.5, 5e-324, 1.7976931348623157e308, 0.1, 2.675, 1e-5, 9.995, 99.95, 0.0001234]:
        try:
            print(spec, x, format(x, spec))
        except Exception as e:
            print(spec, x, type(e).__name__, e)
print('%.0e %.1e %.2g %.101f' % (2.5, 0.125, 0.125, 1.0))
for x in [0.0, 3.0, 10.0, 9.5, 1e16, 0.0001, 123.456, 1e-5, 100.0, 1.5e300, 2.5, 0.125]:
    print(x, [format(x, s) for s in ['.0', '.1', '.2', '.3', '#.0', '#.1', '#.3', '#', '.5', '#.5', '.0g', '#.0g', '.3g', '#.3g', 'g', '#g', '.0%', '#.0%', '%', 'e', '#.0e', '.2e', 'f', '.1f', '#.0f']])
for spec in ['#.0f', '#.0e', '#.0%', '#.0F', '#.0E', '#.0g', '#g', '#.1f', '#10.0f', '#,.0f', '#', '#.3', '#.0', '.0', '#G', '#.2G']:
    print(spec, repr(format(3.0, spec)), repr(format(1234567.0, spec)), repr(format(0.0001, spec)))
for s in ['0x1.8p-1070', '0x1.0p-1074', '0x1.fffp-1060', '0x0.8p-1022', '0x1p-1075', '0x1.8p-1075', '0x3p-1076', '0x1p-1076', '0x1.fffffffffffff8p+1023', '0x1.fffffffffffff7ffp1023', '0x1p1024', '0x1.123456789abcdef123p0', '-0x1p-99999999', '0x1p99999', '0x.8', '0x1.', '1', 'inf', '-nan', '0x1.0000000000000800p0', '0x1.0000000000001800p0', '0X1P+2', ' 0x1p3 ', '0x', '1e3']:
    try: print(s, repr(float.fromhex(s)))
    except Exception as e: print(s, type(e).__name__, e)
import random
random.seed(7)
specs = ['.0e', '.3e', '.16e', '.0f', '.2f', '.10f', '.25f', 'g', '.1g', '.3g', '.12g', '.17g', '#.3g', '.0', '.3', '.12', '#.4', '.1%', 'e', 'f', '.80f', '.120e']
out = []
for i in range(1500):
    kind = i % 3
    if kind == 0:
        x = float.fromhex("0x1.%013xp%d" % (random.getrandbits(52), random.randint(-1074, 1023)))
    elif kind == 1:
        x = random.uniform(-1e6, 1e6)
    else:
        x = round(random.uniform(-100, 100), random.randint(0, 4)) + random.choice([0, 0.5, 0.25, 0.125])
    if x != x or x in (float('inf'), float('-inf')):
        continue
    out.append(repr(x) + ' ' + ' '.join(format(x, s) for s in specs) + ' ' + repr(round(x, random.randint(-5, 8))))
print('\n'.join(out))
