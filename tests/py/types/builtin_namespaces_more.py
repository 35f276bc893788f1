# dir() of more builtin types as CPython 3.11 lists them: the iterators, bytearray,
# classmethod/staticmethod, type, generators, builtin functions and descriptors,
# mappingproxy, the exceptions with members of their own, property, super, functions;
# and frames (f_builtins), code objects and tracebacks (without the bytecode-offset
# attributes pygc does not model: f_lasti, tb_lasti, co_code & co.).
import sys
import builtins

for t in (enumerate, zip, reversed, type(reversed([])), type(iter([])), type(iter(())),
          type(iter(range(3))), type(iter("")), type(iter(b"")), type(iter(bytearray())),
          type(reversed({})), map, filter, bytearray, classmethod, staticmethod, type,
          type(x for x in ()), type(len), type(object.__init__), type(type.__dict__),
          type(str.join), type(object().__str__), BaseException, Exception, OSError,
          StopIteration, SystemExit, ImportError, SyntaxError, UnicodeError,
          UnicodeDecodeError, KeyError, property, super, type(lambda: 0), object):
    print(t.__name__, sorted(set(dir(t))))

NOT_MODELLED = {"f_lasti", "tb_lasti", "co_code", "co_consts", "co_names", "co_stacksize",
                "co_lnotab", "co_linetable", "co_exceptiontable", "co_lines", "co_positions",
                "_co_code_adaptive", "_varname_from_oparg", "replace"}


def modelled(names):
    return [n for n in sorted(set(names)) if n not in NOT_MODELLED]


f = sys._getframe()
print("frame", modelled(dir(f)))
print("code", modelled(dir((lambda: 0).__code__)))
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
print("traceback", [n for n in ("tb_frame", "tb_lineno", "tb_next") if n in dir(tb)])
print(f.f_builtins is builtins.__dict__, type(f.f_builtins).__name__, "len" in f.f_builtins)


def inner():
    return sys._getframe().f_builtins is builtins.__dict__


print(inner())
ns = {"__builtins__": {"len": len, "sys": sys}}
exec("fb = sys._getframe().f_builtins; r = (fb is __builtins__, len(fb))", ns)
print(ns["r"])
