# A module with a __getattr__ (PEP 562), for module_getattr.py.
calls = []


def __getattr__(name):
    calls.append(name)
    if name.startswith('lazy_'):
        return name[5:].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
