# bytearray.__alloc__ (ob_alloc as PyByteArray_Resize grows and shrinks it) and __imul__
# (bytearray_irepeat: in place, through the same resize).
import sys
b = bytearray(b'ab'); c = b; b *= 3; print(c, b is c)
for n in (0, 1, 2, 5, 8, 9, 16, 17, 100):
    b = bytearray(n); print(n, b.__alloc__(), sys.getsizeof(b))
b = bytearray()
seen = []
for i in range(40):
    b.append(1); seen.append(b.__alloc__())
print(seen)
b = bytearray(b'x' * 100); 
for n in (90, 60, 40, 49, 10, 0):
    del b[n:]; print(len(b), b.__alloc__())
b = bytearray(b'abc'); b *= 0; print(b, b.__alloc__())
b = bytearray(b'abc'); b *= -1; print(b, b.__alloc__())
b = bytearray(b'abc'); b.__imul__(4); print(b, b.__alloc__())
try: b *= 'x'
except TypeError as e: print(e)
b = bytearray(b'abcd'); b.extend(b'efghijkl'); print(b.__alloc__())
b = bytearray(b'abcd'); b += b'efghij'; print(b.__alloc__())
b = bytearray(b'abcdef'); b[0:2] = b''; print(b.__alloc__(), b)
b = bytearray(b'abcdef'); del b[:3]; print(b.__alloc__(), b); b.append(1); print(b.__alloc__())
b = bytearray(b'abcdef'); b.pop(0); print(b.__alloc__())
b = bytearray(range(10)); b.insert(0, 5); print(b.__alloc__())
b = bytearray(b'ab') * 3; print(b.__alloc__())
b = bytearray(b'ab') + b'cd'; print(b.__alloc__())
b = bytearray(b'abc'); b.clear(); print(b.__alloc__())
b = bytearray(b'abc').copy(); print(b.__alloc__())
b = bytearray(range(20)); b.__imul__(1); print(b.__alloc__())
b=bytearray(b'ab')
for a in ('x', 2**70, -2**70, 1.5):
  try: b.__imul__(a); print(b)
  except Exception as e: print(type(e).__name__, e)
try: b.__imul__()
except Exception as e: print(type(e).__name__, e)
try: b.__alloc__(1)
except Exception as e: print(type(e).__name__, e)
print(b.__imul__(2) is b, b)
