/**
 * The `warnings` module (CPython Lib/warnings.py with its C accelerator's defaults):
 * warn/warn_explicit through the filter list (the default filters show a warning once per
 * location, DeprecationWarning only in __main__), showwarning/formatwarning in CPython's
 * text (`file:line: Category: message`, then the source line), simplefilter,
 * filterwarnings, resetwarnings, catch_warnings (record=True collects WarningMessage
 * objects), and -W options from sys.warnoptions.
 * NOT-CPYTHON: module source run at import (frames show as `<frozen warnings>`). There is
 * no `re`: a filter's message and module patterns are matched by JavaScript's RegExp
 * (anchored at the start, as re.match; the message case-insensitively), which reads the
 * patterns filters use as Python does; one it cannot compile matches as a prefix.
 */
import { truthy } from "../runtime/abstract.js";
import { newBool } from "../runtime/objects.js";
import { runLibrarySource } from "./library.js";
import { declareModule } from "./registry.js";
import { defineFunction } from "./support.js";

const LIBRARY = (): string =>
  `
import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\\n"
    if msg.line is None:
        import linecache
        line = linecache.getline(msg.filename, msg.lineno)
    else:
        line = msg.line
    if line:
        s += "  %s\\n" % line.strip()
    if msg.source is not None:
        # (where the source object was allocated, when tracemalloc traced it)
        try:
            import tracemalloc
            suggest_tracemalloc = not tracemalloc.is_tracing()
            tb = tracemalloc.get_object_traceback(msg.source)
        except Exception:
            suggest_tracemalloc = False
            tb = None
        if tb is not None:
            s += "Object allocated at (most recent call last):\\n"
            for frame in tb:
                s += '  File "%s", lineno %s\\n' % (frame.filename, frame.lineno)
                try:
                    import linecache
                    line = linecache.getline(frame.filename, frame.lineno)
                except Exception:
                    line = None
                if line:
                    s += "    %s\\n" % line.strip()
        elif suggest_tracemalloc:
            s += f"{category}: Enable tracemalloc to get the object allocation traceback\\n"
    return s


_showwarning_orig = None


def showwarning(message, category, filename, lineno, file=None, line=None):
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


_formatwarning_orig = None


def formatwarning(message, category, filename, lineno, line=None):
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    fw = formatwarning
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _filter_matches(pattern, text, fold):
    if pattern is None:
        return True
    return _pattern_match(pattern, text, fold)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in ("error", "ignore", "always", "default", "module", "once"):
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, message or None, category, module or None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in ("error", "ignore", "always", "default", "module", "once"):
        raise AssertionError("invalid action: %r" % (action,))
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    pass


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    parts = arg.split(":")
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append("")
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in ("default", "always", "ignore", "module", "once", "error"):
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    import builtins
    cat = getattr(builtins, category, None)
    if not (isinstance(cat, type) and issubclass(cat, Warning)):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    if "__name__" in globals:
        module = globals["__name__"]
    else:
        module = "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_filter_matches(msg, text, True) and issubclass(category, cat) and
                _filter_matches(mod, module, False) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\\n %s" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" %
                (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings(object):

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning
_processoptions(sys.warnoptions)
`;

/** re.match(pattern, text[, re.I]) for a filter's pattern, through JavaScript's RegExp. */
function patternMatch(pattern: string, text: string, fold: boolean): boolean {
  // (Python's named groups and end-of-string anchor, in JavaScript's spelling)
  const source = pattern.replace(/\(\?P</g, "(?<").replace(/\\Z/g, "$(?![\\s\\S])");
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${source})`, fold ? "i" : "");
  } catch {
    return fold ? text.toLowerCase().startsWith(pattern.toLowerCase()) : text.startsWith(pattern);
  }
  return re.test(text);
}

declareModule("warnings", (m, module) => {
  defineFunction(m, "_pattern_match", (args) =>
    newBool(patternMatch(args[0]!.p0 as string, args[1]!.p0 as string, truthy(args[2]!))),
  );
  runLibrarySource(module, m, LIBRARY(), "<frozen warnings>");
});
