import builtins
for name in ["ZeroDivisionError", "KeyError", "IndexError", "StopIteration", "FileNotFoundError", "RecursionError", "UnboundLocalError", "ModuleNotFoundError", "NotImplementedError"]:
    cls = getattr(builtins, name)
    print(name, [c.__name__ for c in cls.__mro__])
print(issubclass(KeyError, LookupError), issubclass(Exception, BaseException), issubclass(SystemExit, Exception))
e = ValueError("bad", 42)
print(e.args, str(e), repr(e), repr(ValueError()), str(ValueError()), repr(KeyError("k")), str(KeyError("k")))
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(7)
except Exception as ex:
    print(type(ex).__name__, ex, ex.code, ex.args, isinstance(ex, MyError))
class Base(Exception): pass
class Child(Base): pass
for exc in [Child(), Base(), ValueError()]:
    try:
        raise exc
    except Child:
        print("child")
    except Base:
        print("base")
    except (TypeError, ValueError) as e2:
        print("tuple", type(e2).__name__)
