import os, sys as system, a.b.c as d
from . import x
from ..pkg.mod import (y as z, w,)
from ... import q
from __future__ import annotations
@decorator
@decorator.attr(arg)
class C(Base, metaclass=Meta, **kw):
    """doc"""
    x: int = 1
    (y): str
    z.a: list[int]
    def method(self, a, /, b: int = 2, *args: str, c, d=4, **kwargs) -> None:
        global g
        nonlocal_ = 1
        return a, b
    async def amethod(self):
        async with a as b, c:
            pass
        async for i in aiter():
            await i
        return [x async for x in y]
def gen():
    x = yield 1
    y = yield from range(3)
    del a, b[0], c.d, (e, f), [g]
    assert x, "message"
    raise ValueError("x") from None
    raise
for i, (j, k) in enumerate(l):
    continue
else:
    break
while True:
    pass
else:
    x += 1; y -= 2; z **= 3;
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
try:
    pass
except (A, B) as e:
    pass
except C:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* ValueError as eg:
    pass
with (open(a) as f, open(b) as g,):
    pass
with (a, b) as c:
    pass
with a:
    pass
x = y = z = 0
a, *b = c
[a, b] = c
x[1], y.z = 1, 2
print(x, end="")
