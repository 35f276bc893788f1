/**
 * The `string` module (CPython Lib/string.py): the ASCII character-class constants,
 * capwords, Formatter, and Template's $-substitution ($$, $name, ${name}; substitute,
 * safe_substitute, is_valid, get_identifiers), a subclass choosing its own delimiter.
 * Template finds its placeholders with a scanner that matches what CPython's pattern
 * matches: the delimiter, then the delimiter again, an ASCII identifier, or one in braces;
 * anything else is an invalid placeholder at the character after the delimiter.
 * Formatter is CPython's, over a format-string parser and field-name splitter written here
 * as _string's (formatter_parser, formatter_field_name_split) parse, with their errors.
 * NOT-CPYTHON: module source run at import (frames show as `<frozen string>`); there is no
 * `re`, so Template has no `pattern` or `flags`, and a subclass setting pattern,
 * idpattern, braceidpattern or flags is refused (NotImplementedError); the delimiter
 * matches case-sensitively; the parser and the field names' iterator are generators.
 */
import { runLibrarySource } from "./library.js";
import { declareModule } from "./registry.js";

const LIBRARY = (): string =>
  `
__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \\t\\n\\r\\v\\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\\]^_\`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class _ChainMap:
    # The lookup of collections.ChainMap, which pygc lacks.
    def __init__(self, *maps):
        self.maps = list(maps)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        raise KeyError(key)


_sentinel_dict = {}
_ID_START = '_' + ascii_letters
_ID_CHAR = _ID_START + digits


def _id_end(s, i):
    # The end of the identifier (?a:[_a-z][_a-z0-9]*) (any case) starting at s[i], or i.
    n = len(s)
    if i < n and s[i] in _ID_START:
        i += 1
        while i < n and s[i] in _ID_CHAR:
            i += 1
    return i


def _placeholders(template, delim):
    # (start, end, name) for each match of Template's pattern, left to right; name is
    # None for an escaped delimiter and False for an invalid placeholder.
    if not isinstance(template, str):
        if isinstance(template, (bytes, bytearray)):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(template).__name__)
    i = template.find(delim)
    while i >= 0:
        end, name = _match(template, i + len(delim), delim)
        yield i, end, name
        i = template.find(delim, end)


def _match(template, j, delim):
    # The alternatives after a delimiter ending at j, in the pattern's order.
    if template.startswith(delim, j):
        return j + len(delim), None
    k = _id_end(template, j)
    if k > j:
        return k, template[j:k]
    if template.startswith('{', j):
        k = _id_end(template, j + 1)
        if k > j + 1 and template.startswith('}', k):
            return k + 1, template[j + 1:k]
    return j, False


class Template:
    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init_subclass__(cls):
        super().__init_subclass__()
        for name in ('pattern', 'idpattern', 'braceidpattern', 'flags'):
            if name in cls.__dict__:
                raise NotImplementedError(
                    'pygc: string.Template subclasses cannot set %r (no re module)' % name)

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        template = self.template
        parts = []
        pos = 0
        for start, end, name in _placeholders(template, self.delimiter):
            parts.append(template[pos:start])
            pos = end
            if name:
                if safe:
                    try:
                        parts.append(str(mapping[name]))
                    except KeyError:
                        parts.append(template[start:end])
                else:
                    parts.append(str(mapping[name]))
            elif name is None:
                parts.append(self.delimiter)
            elif safe:
                parts.append(template[start:end])
            else:
                self._invalid(end)
        parts.append(template[pos:])
        return ''.join(parts)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        for start, end, name in _placeholders(self.template, self.delimiter):
            if name is False:
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, name in _placeholders(self.template, self.delimiter):
            if name and name not in ids:
                ids.append(name)
        return ids


# --- Formatter, over what _string provides to CPython's ---

def _formatter_parser(s):
    # (literal, field_name, format_spec, conversion) for each piece of s, lazily.
    if not isinstance(s, str):
        raise TypeError('expected str, got %s' % type(s).__name__)
    i, n = 0, len(s)
    while i < n:
        j = i
        while j < n and s[j] not in '{}':
            j += 1
        if j == n:
            yield s[i:], None, None, None
            return
        c = s[j]
        if j + 1 < n and s[j + 1] == c:
            yield s[i:j + 1], None, None, None
            i = j + 2
        elif c == '}':
            raise ValueError("Single '}' encountered in format string")
        elif j + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        else:
            literal = s[i:j]
            i, name, spec, conversion = _parse_field(s, j + 1)
            yield literal, name, spec, conversion


def _parse_field(s, i):
    # The field after a '{' at i: (index past its '}', name, spec, conversion).
    n, start, c = len(s), i, ''
    while i < n:
        c = s[i]
        i += 1
        if c == '[':
            while i < n and s[i] != ']':
                i += 1
        elif c == '{':
            raise ValueError("unexpected '{' in field name")
        elif c in '}:!':
            break
    name = s[start:i - 1]
    if c == '}':
        return i, name, '', None
    if c != '!' and c != ':':
        raise ValueError("expected '}' before end of string")
    conversion = None
    if c == '!':
        if i >= n:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = s[i]
        i += 1
        if i < n:
            i += 1
            if s[i - 1] == '}':
                return i, name, '', conversion
            if s[i - 1] != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start, depth = i, 1
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return i, name, s[spec_start:i - 1], conversion
    raise ValueError("unmatched '{' in format spec")


def _field_key(s):
    # A run of decimal digits is an index, anything else a name.
    if not s.isdecimal():
        return s
    value = int(s)
    if value > 0x7fffffffffffffff:
        raise ValueError('Too many decimal digits in format string')
    return value


def _field_name_split(name):
    # (first key, iterator of (is_attribute, key)) for 'first.attr[item]...'.
    if not isinstance(name, str):
        raise TypeError('expected str, got %s' % type(name).__name__)
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    return _field_key(name[:i]), _field_rest(name, i)


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        j = i = i + 1
        if c == '.':
            while i < n and name[i] not in '.[':
                i += 1
            key = name[j:i]
        elif c == '[':
            while i < n and name[i] != ']':
                i += 1
            if i == n:
                raise ValueError("Missing ']' in format string")
            key = _field_key(name[j:i])
            i += 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if key == '':
            raise ValueError('Empty attribute in format string')
        yield c == '.', key


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first
`;

declareModule("string", (m, module) => {
  runLibrarySource(module, m, LIBRARY(), "<frozen string>");
});
