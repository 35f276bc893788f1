/**
 * The `contextlib` module (CPython Lib/contextlib.py, pure Python there too): module
 * source run at import, so the objects it makes (the generator context managers, the
 * closures ExitStack registers, its deque of callbacks) are the ones CPython makes.
 * NOT-CPYTHON: the async half (asynccontextmanager, AsyncExitStack, aclosing) is missing
 * (no async in the interpreter); AbstractContextManager is a plain class (no abc, so no
 * isinstance by structure, no `__class_getitem__`); frames of this module show as
 * `<frozen contextlib>` in tracebacks; no docstrings but the one instances show.
 */
import { T } from "../runtime/types.js";
import { runLibrarySource } from "./library.js";
import { declareModule } from "./registry.js";
import { defineValue } from "./support.js";

const LIBRARY = (): string =>
  `
import sys
from collections import deque
from functools import wraps

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress", "chdir"]


class AbstractContextManager:
    # NOT-CPYTHON: an abc.ABC in CPython.

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator(object):

    def _recreate_cm(self):
        # A manager used as a decorator is entered once per call: one-shot managers
        # (the generator-based ones) give a fresh copy here.
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        # The manager documents itself with the generator function's docstring.
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(
    _GeneratorContextManagerBase,
    AbstractContextManager,
    ContextDecorator,
):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        # Entered: it can no longer be recreated, so the call's arguments may go.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            # Clean exit: the generator must finish on this resumption.
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            # throw() got a class: make the instance now, to recognise it coming back.
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as stop:
            # The generator returned, so it handled the exception; a StopIteration from
            # the with block itself coming back is not handled.
            return stop is not value
        except BaseException as raised:
            if raised is value:
                # Handed back unhandled: the with statement re-raises it, with the
                # traceback it had.
                raised.__traceback__ = traceback
                return False
            if (isinstance(raised, RuntimeError) and isinstance(value, StopIteration)
                    and raised.__cause__ is value):
                # PEP 479 wrapped the StopIteration we threw in: it is still ours.
                value.__traceback__ = traceback
                return False
            raise
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


def contextmanager(func):
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # The replaced streams, innermost last (the manager may be re-entered).
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    _stream = "stderr"


class suppress(AbstractContextManager):

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._exceptions)


class _BaseExitStack:

    @staticmethod
    def _create_exit_wrapper(cm, cm_exit):
        return MethodType(cm_exit, cm)

    @staticmethod
    def _create_cb_wrapper(callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        return _exit_wrapper

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        moved = type(self)()
        moved._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return moved

    def push(self, exit):
        # __exit__ is looked up on the type, as the with statement looks it up.
        try:
            method = type(exit).__exit__
        except AttributeError:
            # Any callable taking (exc_type, exc, tb).
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, method)
        return exit

    def enter_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        wrapper = self._create_cb_wrapper(callback, *args, **kwds)
        # Not functools.wraps: the signature differs; the target is still findable.
        wrapper.__wrapped__ = callback
        self._push_exit_callback(wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        self._push_exit_callback(self._create_exit_wrapper(cm, cm_exit), True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exc = exc_details[0] is not None
        # What the calling frame is handling: every context chain we see ends there.
        outer = sys.exc_info()[1]

        def relink(new_exc, old_exc):
            # Chain new_exc to old_exc as a nested with statement would have: the link
            # that points at the frame's exception is made to point at old_exc.
            node = new_exc
            while True:
                ctx = node.__context__
                if ctx is None or ctx is old_exc:
                    return
                if ctx is outer:
                    break
                node = ctx
            node.__context__ = old_exc

        swallowed = False
        raising = False
        # Newest first, as nested with statements exit.
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    swallowed = True
                    raising = False
                    exc_details = (None, None, None)
            except:
                caught = sys.exc_info()
                relink(caught[1], exc_details[1])
                raising = True
                exc_details = caught
        if raising:
            err = exc_details[1]
            # A plain re-raise would chain err to the exception being handled here.
            ctx = err.__context__
            try:
                raise err
            except BaseException:
                err.__context__ = ctx
                raise
        return had_exc and swallowed

    def close(self):
        self.__exit__(None, None, None)


class nullcontext(AbstractContextManager):

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())
`;

declareModule("contextlib", (m, module) => {
  // contextlib imports MethodType from types: the method type.
  defineValue(m, "MethodType", T.method);
  runLibrarySource(module, m, LIBRARY(), "<frozen contextlib>");
});
