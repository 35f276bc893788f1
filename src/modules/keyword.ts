/**
 * The `keyword` module (CPython Lib/keyword.py, generated from the grammar): the hard and
 * soft keywords of Python 3.11, and membership tests that are the bound __contains__ of a
 * frozenset of them.
 * NOT-CPYTHON: module source run at import (frames show as `<frozen keyword>`).
 */
import { runLibrarySource } from "./library.js";
import { declareModule } from "./registry.js";

const LIBRARY = (): string =>
  `
__all__ = ['iskeyword', 'issoftkeyword', 'kwlist', 'softkwlist']

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield',
]

softkwlist = ['_', 'case', 'match']

iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
`;

declareModule("keyword", (m, module) => {
  runLibrarySource(module, m, LIBRARY(), "<frozen keyword>");
});
