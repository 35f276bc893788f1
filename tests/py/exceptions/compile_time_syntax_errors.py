"""The SyntaxErrors the compiler finds after parsing, as compile() raises them: the symbol
table's (global and nonlocal misuse, yield in a comprehension) before the compiler's ('return',
'yield' and 'await' outside a function, 'break' and 'continue' outside a loop, the async
forms), each with CPython's message and position; text is None for a string.
"""
cases = [
    "return 1",
    "x = 1\nif x:\n    return",
    "class C:\n    return 1",
    "yield 1",
    "x = yield",
    "class C:\n    y = yield from z",
    "f = lambda: (yield)",
    "def f():\n    return [(yield x) for x in y]",
    "def f():\n    return {(yield x) for x in y}",
    "def f():\n    return {x: (yield x) for x in y}",
    "def f():\n    return ((yield x) for x in y)",
    "[(yield x) for x in y]",
    "await x",
    "def f():\n    await x",
    "async def f():\n    await x",
    "break",
    "continue",
    "for x in y:\n    pass\nelse:\n    break",
    "while x:\n    def f():\n        break",
    "while x:\n    class C:\n        continue",
    "for x in y:\n    try:\n        pass\n    finally:\n        continue",
    "while x:\n    with a:\n        if b:\n            break",
    "nonlocal x",
    "def f():\n    nonlocal x",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2",
    "class C:\n    nonlocal x",
    "def f(x):\n    nonlocal x",
    "def f(x):\n    global x",
    "def f():\n    x = 1\n    global x",
    "def f():\n    print(x)\n    global x",
    "def f():\n    x = 1\n    def g():\n        x = 3\n        nonlocal x",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x",
    "x = 1\nglobal x",
    "def f():\n    x: int = 1\n    global x",
    "def f():\n    global x\n    x: int = 1",
    "return 1\nyield 2",
    "def f():\n    nonlocal x\nreturn 3",
    "if True:\n    break",
    "x = [i for i in range(3) if (yield)]",
    "def g():\n    return (x for x in (yield))",
]
cases += [
    "(await x for x in y)",
    "class C:\n    g = (await x for x in y)",
    "def f():\n    return (await x for x in y)",
    "def f():\n    return [x for x in (await y)]",
    "def f():\n    return [await x for x in y]",
    "def f():\n    return [x async for x in y]",
    "def f():\n    return {x: 1 async for x in y}",
    "async def f():\n    return [await x for x in y]",
    "class C:\n    def f(self):\n        nonlocal __class__\n        return __class__",
    "class C:\n    x = 1\n    def f(self):\n        nonlocal x",
    "def f():\n    [y := 1 for i in range(3)]\n    def g():\n        nonlocal y",
    "def f():\n    for i in range(3): pass\n    def g():\n        nonlocal i",
    "def f():\n    import os.path\n    def g():\n        nonlocal os",
    "def f():\n    match x:\n        case [a, *rest]: pass\n    def g():\n        nonlocal rest",
    "def f():\n    try: pass\n    except E as err: pass\n    def g():\n        nonlocal err",
    "def f():\n    del x\n    def g():\n        nonlocal x",
    "def f():\n    x: int\n    def g():\n        nonlocal x",
    "def f():\n    def g():\n        def h():\n            nonlocal x\n        x = 2",
    "def f():\n    lambda: (yield)",
    "x = lambda: await y",
    "def f(a=(yield)):\n    pass",
    "class C(yield):\n    pass",
    "@(yield)\ndef f(): pass",
    "def f():\n    class C:\n        x = yield",
    "global x\nx = 1",
    "def f():\n    global x\n    x = 1\n    del x",
    "def f():\n    x = 1\n    nonlocal x",
    "async def f():\n    async for x in y:\n        break\n    else:\n        continue",
    "async def f():\n    return (yield)",
    "async def f():\n    yield 1\n    return 2",
]
cases += ["return 1\ndef f():\n    nonlocal x", "def f():\n    global x\n    def g():\n        nonlocal x", "def f():\n    return (await x for x in y)"]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print("OK", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for src, mode in [("(yield)", "eval"), ("yield", "single"), ("return 1", "single"), ("[(yield) for x in y]", "eval"), ("await x", "eval")]:
    try:
        compile(src, "<s>", mode); print("OK", mode, repr(src))
    except SyntaxError as e:
        print(mode, repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
