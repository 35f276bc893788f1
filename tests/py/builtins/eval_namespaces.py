class Ctx:
    factor = 3
    doubled = eval("factor * 2")
print(Ctx.doubled)
def f():
    a, b = 2, 5
    exec("c = a + b")
    return sorted(k for k in locals())
print(f())
env = {"__builtins__": {"len": len}}
print(eval("len('four')", env))
try:
    eval("print('x')", {"__builtins__": {}})
except NameError as e:
    print(e)
code_lines = "total = 0\nfor i in range(5):\n    total += i\n"
scope = {}
exec(code_lines, scope)
print(scope["total"], eval("total * 2", scope))
print(eval("(lambda q: q ** 2)(9)"), eval("{'k': [1, 2]}")["k"], eval("'%s-%s' % (1, 2)"))
