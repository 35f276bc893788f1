#!/usr/bin/env python3
"""Generate src/runtime/typenamespace-data.ts: what the running CPython puts in the
namespaces of its builtin types besides methods, for src/runtime/nativedescr.ts:

  TYPE_DOCS         each type's own `__doc__` (tp_doc, which type_get_doc answers and
                    PyType_Ready stores in the namespace unless a descriptor is there);
  TYPE_DESCRIPTORS  each type's member_descriptors ("m", from its PyMemberDef table) and
                    getset_descriptors ("g", PyGetSetDef) in namespace order, with each
                    descriptor's __doc__;
  TYPE_LAYOUT       each type's tp_basicsize, tp_itemsize, tp_dictoffset,
                    tp_weaklistoffset and tp_flags (type.__basicsize__ & co.), the flags
                    as a fresh interpreter has them when a program starts (a run of this
                    script with --flags, which reads builtins' before importing anything:
                    Py_TPFLAGS_VALID_VERSION_TAG is set as the type cache gets used);
  TYPE_SIGNATURES   the types whose __text_signature__ is not None (the signature line
                    CPython keeps in tp_doc, which __doc__ leaves out).

It also writes src/runtime/builtin-docs.txt, read when a program first asks a builtin
function or method for its __doc__, __text_signature__ or __module__
(src/runtime/builtindocs.ts): a JSON object from "Type.name" (the methods, slot wrappers,
class and static methods in each type's namespace, by its __qualname__) and
"module.name" (the builtin functions of the modules below, by the name pygc imports them
as) to [__doc__, __text_signature__, __module__] (null: None; __module__ only for module
functions).

The types are keyed by their __qualname__ (tp_name after its last dot), as pygc's
typeInfo names them. A type pygc does not have costs a few bytes and is never read.
Run: python3 scripts/gen-type-namespaces.py"""
import builtins

# (--flags: before any import below uses the builtin types)
BUILTIN_FLAGS = {n: t.__flags__ for n, t in vars(builtins).items() if isinstance(t, type)}

import array
import collections
import functools
import io
import itertools
import json
import os
import subprocess
import sys
import types
import weakref

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "runtime", "typenamespace-data.ts")
DOCS_OUT = os.path.join(os.path.dirname(__file__), "..", "src", "runtime", "builtin-docs.txt")

# The modules whose builtin functions pygc has natively, as pygc names them.
DOC_MODULES = (
    "builtins", "sys", "gc", "math", "time", "itertools", "functools", "_functools",
    "collections", "_collections", "atexit", "os", "posix", "io", "_io", "_weakref", "weakref",
    "tracemalloc", "_tracemalloc", "_abc", "operator", "_operator", "random", "_random",
    "heapq", "_heapq", "bisect", "_bisect", "_warnings", "warnings", "copyreg", "keyword",
    "string", "_string", "linecache", "traceback", "types", "copy", "array",
)

METHOD_KINDS = (
    "method_descriptor", "wrapper_descriptor", "classmethod_descriptor",
    "builtin_function_or_method", "staticmethod", "classmethod",
)


def candidate_types():
    seen = []
    for v in vars(builtins).values():
        if isinstance(v, type):
            seen.append(v)
    for mod in (types, weakref, collections, functools, io, itertools):
        for v in vars(mod).values():
            if isinstance(v, type) and v.__module__ in (
                "builtins", "types", "weakref", "_weakref", "_weakrefset", "collections",
                "_collections", "functools", "_functools", "_io", "io", "itertools",
            ):
                seen.append(v)
    # Types reachable only through their objects (functools' and array's are heap types made
    # from a spec in 3.11, kept here as C types).
    c_heap_types = {functools.partial, functools._lru_cache_wrapper, type(functools.cmp_to_key(len)),
                    array.array, type(iter(array.array("b")))}
    seen += [*c_heap_types,
        type(None), type(NotImplemented), type(...), type(object.__init__),
        type((1).__add__), type(str.join), type({}.keys()), type({}.values()),
        type({}.items()), type(iter({})), type(iter({}.values())), type(iter({}.items())),
        type(iter([])), type(iter(())), type(iter(range(1))), type(iter("")),
        type(iter(set())), type(reversed([])), type(iter(b"")), type(iter(bytearray())),
    ]
    out = {}
    for t in seen:
        if t.__flags__ & (1 << 9) and t not in c_heap_types:
            continue  # Py_TPFLAGS_HEAPTYPE: a class written in Python
        out.setdefault(t.__qualname__, t)
    return out


def table(entries):
    """An object literal, one type a line (biome then wraps the long ones)."""
    lines = [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in entries.items()]
    return "{\n" + "\n".join(lines) + "\n};\n\n"


def startup_flags():
    """--flags: each candidate type's tp_flags, builtins' as they were before the imports."""
    return {
        name: BUILTIN_FLAGS.get(name, t.__flags__) if getattr(builtins, name, None) is t
        else t.__flags__
        for name, t in candidate_types().items()
    }


def builtin_docs(types_by_name):
    """{key: [__doc__, __text_signature__, __module__ or None]} for builtin_docs.txt."""
    import importlib

    def entry(f, module=None):
        return [f.__doc__ if isinstance(f.__doc__, str) else None,
                getattr(f, "__text_signature__", None), module]

    docs = {}
    for name, t in types_by_name.items():
        for key, v in t.__dict__.items():
            kind = type(v).__name__
            if kind not in METHOD_KINDS:
                continue
            f = v.__func__ if kind in ("staticmethod", "classmethod") else v
            if type(f).__name__ not in METHOD_KINDS[:4]:
                continue  # a Python function (a class pygc keeps as module source)
            docs[f"{name}.{key}"] = entry(f)
    for modname in DOC_MODULES:
        mod = importlib.import_module(modname)
        for key, v in vars(mod).items():
            if type(v).__name__ == "builtin_function_or_method" and isinstance(
                    getattr(v, "__self__", None), type(sys)):
                docs[f"{modname}.{key}"] = entry(v, v.__module__)
    return dict(sorted(docs.items()))


def main():
    if sys.argv[1:] == ["--flags"]:
        print(json.dumps(startup_flags()))
        return
    flags = json.loads(subprocess.run(
        [sys.executable, __file__, "--flags"], capture_output=True, text=True, check=True,
    ).stdout)
    docs = {}
    descriptors = {}
    layout = {}
    signatures = {}
    for name, t in sorted(candidate_types().items()):
        layout[name] = [t.__basicsize__, t.__itemsize__, t.__dictoffset__,
                        t.__weakrefoffset__, flags[name]]
        if t.__text_signature__ is not None:
            signatures[name] = t.__text_signature__
        doc = t.__doc__  # type_get_doc: tp_doc, even where __doc__ is a descriptor
        docs[name] = doc if isinstance(doc, str) else None
        entries = []
        for key, v in t.__dict__.items():
            kind = type(v).__name__
            if kind in ("member_descriptor", "getset_descriptor"):
                entries.append([key, kind[0], v.__doc__])
        if entries:
            descriptors[name] = entries
    with open(OUT, "w") as f:
        f.write(
            f"// GENERATED by scripts/gen-type-namespaces.py from CPython {sys.version.split()[0]}."
            " Do not edit.\n"
            "// Read by nativedescr.ts; the script describes the tables.\n\n"
        )
        f.write("/** Each builtin type's own __doc__ (null: None), by __qualname__. */\n")
        f.write("export const TYPE_DOCS: Record<string, string | null> = ")
        f.write(table(docs))
        f.write(
            "/** [name, 'm' member_descriptor | 'g' getset_descriptor, __doc__] in namespace"
            " order, by __qualname__. */\n"
        )
        f.write(
            'export const TYPE_DESCRIPTORS: Record<string, [string, "m" | "g", string | null][]> = '
        )
        f.write(table(descriptors))
        f.write(
            "/** [tp_basicsize, tp_itemsize, tp_dictoffset, tp_weaklistoffset, tp_flags at"
            " start-up], by __qualname__. */\n"
        )
        f.write("export const TYPE_LAYOUT: Record<string, number[]> = ")
        f.write(table(layout))
        f.write("/** The types' __text_signature__ where it is not None, by __qualname__. */\n")
        f.write("export const TYPE_SIGNATURES: Record<string, string> = ")
        f.write(table(signatures))
    with open(DOCS_OUT, "w") as f:
        json.dump(builtin_docs(dict(sorted(candidate_types().items()))), f,
                  ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


main()
