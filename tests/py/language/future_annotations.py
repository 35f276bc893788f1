"""from __future__ import annotations: every annotation is kept as the text ast.unparse
gives it (forward references need no quotes), and the __future__ module has its features."""
from __future__ import annotations, division
import __future__
print(__future__.annotations, annotations is __future__.annotations)


class Node:
    next: Node | None = None
    value: int
    pairs: dict[str, list[int]]
    f: Callable[[int, str], None]
    t: tuple[int, ...]
    u: "quoted"
    w: (int, str)
    z: a.b.c[x:y, ::2]
    n: -1 + 2 * (3 - 4) ** 5
    c: lambda x: x
    l: [i for i in range(3) if i]
    b: not a and (b or c)
    cmp: 1 < x <= 2
    s: {1, 2}
    d: {"a": 1, **rest}
    call: f(1, *a, k=2, **kw)
    ie: a if b else c
    neg: -x
    po: (-2) ** -1
    fl: 1.5e300 * 1e10


def f(a: Node, *args: int, b: list[Node] = None, **kw: Any) -> Node | None:
    x: Undefined = 1
    return x


print(Node.__annotations__)
print(f.__annotations__)
print(__annotations__)
