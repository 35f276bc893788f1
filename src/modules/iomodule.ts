/**
 * The `io` module (CPython Lib/io.py over Modules/_io), reduced: `StringIO`, `BytesIO`
 * (over a bytearray: getbuffer() is a memoryview of it, which forbids changes while it
 * is held), `open`
 * (the builtin, src/modules/fileio.ts), `UnsupportedOperation` and the SEEK_* constants.
 *
 * Technique: `StringIO` is Python source run into the module (its class reports itself
 * as `_io.StringIO`). The text is one str and a position; a write at the end appends,
 * a write inside overwrites, a write past the end pads with NUL characters, as CPython's
 * StringIO does. `newline` works as in CPython: None translates "\r\n" and "\r" to "\n"
 * as text is written (and records what it saw in `newlines`), "" keeps the text but ends
 * lines at any of "\n", "\r", "\r\n", and "\r" / "\r\n" replace each written "\n".
 * NOT-CPYTHON: StringIO is an ordinary class (its attributes show in `vars()`), and
 * its objects are counted as instances of a Python class rather than C objects.
 */
import type { HeapObject } from "../engine/index.js";
import { unsupportedOperation } from "./fileio.js";
import { runLibrarySource } from "./library.js";
import { declareModule } from "./registry.js";
import { defineValue } from "./support.js";

const LIBRARY = (): string =>
  `
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class StringIO:
    __module__ = '_io'

    def __init__(self, initial_value='', newline='\\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\\n', '\\r', '\\r\\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._seen = 0
        self._text = ''
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            crlf = s.count('\\r\\n')
            if crlf:
                self._seen |= 4
            if s.count('\\r') > crlf:
                self._seen |= 1
            if s.count('\\n') > crlf:
                self._seen |= 2
            if '\\r' in s:
                s = s.replace('\\r\\n', '\\n').replace('\\r', '\\n')
            return s
        if nl == '\\r' or nl == '\\r\\n':
            return s.replace('\\n', nl)
        return s

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        s = self._translate(s)
        if not s:
            return n
        text = self._text
        pos = self._pos
        end = len(text)
        if pos == end:
            self._text = text + s
        elif pos > end:
            self._text = text + '\\0' * (pos - end) + s
        else:
            self._text = text[:pos] + s + text[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        self._check_open()
        return self._text

    def read(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        text = self._text
        pos = self._pos
        if pos >= len(text):
            return ''
        if size < 0:
            end = len(text)
        else:
            end = min(len(text), pos + size)
        self._pos = end
        return text[pos:end]

    def _line_end(self, text, pos):
        nl = self._newline
        if nl == '':
            i = pos
            n = len(text)
            while i < n:
                c = text[i]
                if c == '\\n':
                    return i + 1
                if c == '\\r':
                    if i + 1 < n and text[i + 1] == '\\n':
                        return i + 2
                    return i + 1
                i += 1
            return n
        sep = '\\n' if nl is None or nl == '\\n' else nl
        i = text.find(sep, pos)
        return len(text) if i < 0 else i + len(sep)

    def readline(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        text = self._text
        pos = self._pos
        if pos >= len(text):
            return ''
        end = self._line_end(text, pos)
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return text[pos:end]

    def readlines(self, hint=-1):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        if hint is None:
            hint = -1
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif pos != 0:
            # (CPython says "cur-relative" for whence 2 too)
            raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            self._pos = len(self._text)
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        elif not isinstance(size, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(size).__name__)
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        if size < len(self._text):
            self._text = self._text[:size]
        return size

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed

    @property
    def newlines(self):
        self._check_open()
        if self._newline is not None:
            return None
        kinds = tuple(k for bit, k in ((1, '\\r'), (2, '\\n'), (4, '\\r\\n')) if self._seen & bit)
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else kinds

    @property
    def line_buffering(self):
        self._check_open()
        return False

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        pass

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def detach(self):
        raise UnsupportedOperation("detach")

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc_info):
        self.close()


class BytesIO:
    __module__ = '_io'

    def __init__(self, initial_bytes=b''):
        if isinstance(initial_bytes, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._buf = bytearray() if initial_bytes is None else bytearray(memoryview(initial_bytes))
        self._pos = 0
        self._closed = False
        self._exported = False

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def _check_exports(self):
        # (CHECK_EXPORTS: a view from getbuffer() still held forbids any change)
        if self._exported:
            try:
                self._buf.append(0)
            except BufferError:
                raise BufferError("Existing exports of data: object cannot be re-sized") from None
            del self._buf[-1]
            self._exported = False

    def getvalue(self):
        self._check_open()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_open()
        self._exported = True
        return memoryview(self._buf)

    def write(self, b):
        self._check_open()
        self._check_exports()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = memoryview(b).tobytes()
        n = len(data)
        if n == 0:
            return 0
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf.extend(bytes(pos - len(buf)))
        buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def _size(self, size):
        if size is None:
            return -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        return size

    def read(self, size=-1):
        self._check_open()
        size = self._size(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b''
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        self._pos = end
        return bytes(buf[pos:end])

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        self._check_open()
        view = memoryview(b)
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_open()
        size = self._size(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b''
        i = buf.find(b'\\n', pos)
        end = len(buf) if i < 0 else i + 1
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return bytes(buf[pos:end])

    def readlines(self, hint=-1):
        self._check_open()
        if hint is None:
            hint = -1
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check_open()
        self._check_exports()
        if size is None:
            size = self._pos
        elif not isinstance(size, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(size).__name__)
        if size < 0:
            raise ValueError("negative size value %d" % size)
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def close(self):
        self._check_exports()
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def detach(self):
        raise UnsupportedOperation("detach")

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc_info):
        self.close()
`;

declareModule("io", (m, module) => {
  const unsupported: HeapObject = unsupportedOperation();
  defineValue(m, "UnsupportedOperation", unsupported);
  runLibrarySource(module, m, LIBRARY(), "<frozen io>");
  // io.open is the builtin open
  runLibrarySource(module, m, "from builtins import open", "<frozen io>");
});
