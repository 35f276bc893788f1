# sys.settrace sees the frames exec() and eval() run: a 'call' at line 0 for module code,
# its lines, and the 'return' with the value (None for exec).
import sys


def tracer(frame, event, arg):
    code = frame.f_code
    if code.co_filename == __file__ and code.co_name != "helper":
        return tracer
    shown = arg if event == "return" else (arg[0].__name__ if event == "exception" else "")
    print(event, code.co_name, code.co_filename, frame.f_lineno, shown)
    return tracer


def helper(n):
    return n * 2


sys.settrace(tracer)
exec("x = 1\ny = helper(x)")
print(eval("3 + 4"))
code = compile("def f(a):\n    return a + 1\nz = f(41)\n", "traced.py", "exec")
ns = {}
exec(code, ns)
try:
    exec("1 / 0")
except ZeroDivisionError:
    pass
print(eval(compile("[i for i in range(2)]", "comp.py", "eval")))
sys.settrace(None)
print(ns["z"])
