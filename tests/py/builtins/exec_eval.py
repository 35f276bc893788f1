x = 10
print(eval("x * 2 + 1"), eval("  [i for i in range(3)]"), eval("len('abc')"))
print(eval("a + b", {"a": 1, "b": 2}), eval("a", {"a": 1}, {"a": "local"}))
g = {}
exec("y = 5\ndef f(n):\n    return n * y\n", g)
print(sorted(k for k in g if k != "__builtins__"), g["f"](3), "__builtins__" in g)
exec("print('exec prints', x)")
exec("z = x + 1")
print(z)
def func():
    local_v = 7
    return eval("local_v * 3")
print(func())
ns = {"data": [3, 1, 2]}
exec("data.sort()\nresult = sum(data)", ns)
print(ns["data"], ns["result"])
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__)
try:
    eval("undefined_name")
except NameError as e:
    print(e)
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print("caught", e)
print(eval(compile("1+1", "<s>", "eval")) if False else "skip compile")
mod = __import__("sys")
print(mod.__name__, type(mod).__name__)
