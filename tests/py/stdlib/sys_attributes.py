# The data attributes of sys that common code reads, and sys.path driving imports.
import os, sys
print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
print(sys.hexversion >= 0x030B0000, sys.maxunicode, sys.float_info.epsilon, sys.float_info.dig)
print(sys.flags.optimize, sys.flags.dev_mode, sys.getdefaultencoding(), sys.getfilesystemencoding())
print(type(sys.builtin_module_names).__name__, 'sys' in sys.builtin_module_names)
print(sys.implementation.version[:2], sys.stdin.readable(), sys.stdin.fileno())
here = os.path.dirname(os.path.abspath(__file__))
extra = os.path.join(here, "_sys_path_dir")
try:
    import _sys_path_probe
except ImportError as e:
    print("ImportError:", e)
sys.path.insert(0, extra)
import _sys_path_probe
print(_sys_path_probe.VALUE)
sys.path.remove(extra)
