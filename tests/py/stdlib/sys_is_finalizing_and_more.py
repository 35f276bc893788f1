"""sys.is_finalizing (True for finalizers at exit, False in atexit callbacks), the switch
interval, call_tracing, thread_info and the import-system lists."""
import atexit
import sys

print(sys.is_finalizing(), sys.is_finalizing.__doc__)
print(sys.getswitchinterval())
for v in ["x", 0, -1, 0.25, 1]:
    try:
        sys.setswitchinterval(v)
        print("set", sys.getswitchinterval())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sys.call_tracing(divmod, (7, 2)))
try:
    sys.call_tracing(len, [1])
except TypeError as e:
    print("TypeError", e)
print(sys.thread_info, sys.thread_info.name, type(sys.thread_info).__name__, len(sys.thread_info))
print(repr(sys.abiflags), sys.pycache_prefix, sys.getfilesystemencodeerrors(), sys._clear_type_cache())
print(type(sys.meta_path).__name__, type(sys.path_hooks).__name__, type(sys.path_importer_cache).__name__)


@atexit.register
def at_exit():
    print("atexit: finalizing", sys.is_finalizing())


class Finalized:
    def __del__(self):
        print("__del__ at exit: finalizing", sys.is_finalizing(), sys.argv)


keep = Finalized()
