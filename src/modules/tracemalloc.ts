/**
 * The `tracemalloc` module (CPython Modules/_tracemalloc.c + Lib/tracemalloc.py, 3.11).
 *
 * Technique: the C half is native — the trace table is the runtime's allocation accounting
 * (src/runtime/accounting.ts, told of every block by the engine heap), and tracebacks are
 * captured here from the interpreter's frame stack (`frameStack.current`, `.back`,
 * `f.lineno`), most recent first, at most `nframe` frames, interned so that traces made at
 * one place share one traceback. The library half (Snapshot, Statistic, StatisticDiff,
 * Traceback, Frame, Filter, DomainFilter, take_snapshot…) is Python source compiled into
 * the module at import, written from the documented behaviour of Lib/tracemalloc.py (its
 * sort orders and formats), so its objects are ordinary Python objects.
 * NOT-CPYTHON: no `collections.abc`/`functools`/`fnmatch`/`linecache`/`pickle` here — the
 * library defines the comparison methods and sequence protocol itself, and filename
 * matching, source lines and Snapshot.dump/load (a JSON file, not a pickle) are native.
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { HeapObject } from "../engine/index.js";
import { frameStack } from "../interp/code.js";
import type { Frame } from "../interp/frame.js";
import { asIndex } from "../runtime/abstract.js";
import { accounting, updateObserver } from "../runtime/accounting.js";
import { raise } from "../runtime/errors.js";
import { decref } from "../runtime/heapref.js";
import { newBool, newInt, newList, newStr, newTuple, none } from "../runtime/objects.js";
import { preHeaderSize } from "../runtime/sizeof.js";
import { typeName } from "../runtime/typeobject.js";
import { C, T } from "../runtime/types.js";
import { runLibrarySource } from "./library.js";
import { declareModule } from "./registry.js";
import { defineFunction, exactly, noKw, range_ } from "./support.js";

/** An interned traceback: frames most recent first, and the depth of the stack. */
class Tb {
  constructor(
    readonly frames: readonly (readonly [string, number])[],
    readonly total: number,
  ) {}
}

const MAX_NFRAME = 65535;
/** The traceback of an allocation made with no Python frame running (CPython's). */
const UNKNOWN = new Tb([["<unknown>", 0]], 1);

const state = {
  /** tracemalloc_config.max_nframe: kept after stop(), as CPython does. */
  nframe: 1,
  interned: new Map<string, Tb>(),
};

/** A frame's current line; a comprehension's frame is on its first line until a statement runs. */
function lineOf(f: Frame): number {
  return f.lineno === 0 ? f.code.firstlineno : f.lineno;
}

/** traceback_new: the current frames, interned. */
function captureTraceback(): Tb {
  let f = frameStack.current;
  if (f === null) return UNKNOWN;
  const limit = state.nframe;
  let key = "";
  let n = 0;
  let total = 0;
  for (; f !== null; f = f.back) {
    if (n < limit) {
      key += `${f.code.filename}\0${lineOf(f)}\0`;
      n++;
    }
    total++;
  }
  key += total;
  let tb = state.interned.get(key);
  if (tb === undefined) {
    const frames: [string, number][] = [];
    for (let g = frameStack.current; g !== null && frames.length < limit; g = g.back) {
      frames.push([g.code.filename, lineOf(g)]);
    }
    tb = new Tb(frames, total);
    state.interned.set(key, tb);
  }
  return tb;
}
accounting.capture = captureTraceback;

/** tracemalloc_start */
export function startTracing(nframe: number): void {
  if (!(nframe >= 1 && nframe <= MAX_NFRAME)) {
    raise(T.ValueError, `the number of frames must be in range [1; ${MAX_NFRAME}]`);
  }
  if (accounting.tracing) return; // already tracing: the limit stays (as CPython)
  state.nframe = nframe;
  accounting.tracing = true;
  updateObserver();
}

/** tracemalloc_stop: tracing ends and every trace is forgotten. */
function stopTracing(): void {
  if (!accounting.tracing) return;
  accounting.tracing = false;
  accounting.clearTraces();
  state.interned.clear();
  updateObserver();
}

// ---------------------------------------------------------------- Python values

/** A traceback's frames as the tuple `((filename, lineno), …)`, most recent first. */
function framesTuple(tb: Tb, cache: Map<Tb, HeapObject>): HeapObject {
  let t = cache.get(tb);
  if (t === undefined) {
    t = newTuple(tb.frames.map(([file, line]) => newTuple([newStr(file), newInt(line)])));
    cache.set(tb, t);
  }
  t.refcnt++;
  return t;
}

/** _tracemalloc._get_traces: [(domain, size, frames, total_nframe), …]. */
function getTraces(): HeapObject {
  const traces = [...accounting.traces()];
  // The snapshot's own objects are not traced (they would be part of the next one).
  const tracing = accounting.tracing;
  accounting.tracing = false;
  const cache = new Map<Tb, HeapObject>();
  try {
    return newList(
      traces.map((t) => {
        const tb = t.tb as Tb;
        return newTuple([newInt(0), newInt(t.size), framesTuple(tb, cache), newInt(tb.total)]);
      }),
    );
  } finally {
    for (const t of cache.values()) decref(t);
    accounting.tracing = tracing;
  }
}

/** fnmatch.fnmatchcase on POSIX (normcase is the identity there). */
function fnmatch(name: string, pattern: string): boolean {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "*") re += "[\\s\\S]*";
    else if (c === "?") re += "[\\s\\S]";
    else if (c === "[") {
      const j = pattern.indexOf("]", i + 2);
      if (j < 0) re += "\\[";
      else {
        let set = pattern.slice(i + 1, j).replace(/\\/g, "\\\\");
        if (set.startsWith("!")) set = `^${set.slice(1)}`;
        else if (set.startsWith("^")) set = `\\${set}`;
        re += `[${set}]`;
        i = j;
      }
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(`^${re}$`).test(name);
}

/** linecache.getline: the line of a source file, "" when it cannot be read. */
const sourceLines = new Map<string, string[] | null>();
function getline(filename: string, lineno: number): string {
  let lines = sourceLines.get(filename);
  if (lines === undefined) {
    try {
      lines = filename.startsWith("<") ? null : readFileSync(filename, "utf8").split("\n");
    } catch {
      lines = null;
    }
    sourceLines.set(filename, lines);
  }
  if (lines === null || lineno < 1 || lineno > lines.length) return "";
  return `${lines[lineno - 1]}\n`;
}

/** Snapshot.dump's file: the traces as JSON (NOT-CPYTHON: CPython pickles the Snapshot). */
function dumpTraces(filename: string, traces: HeapObject, limit: HeapObject): void {
  const rows = (traces.p0 as HeapObject[]).map((t) => {
    const [domain, size, frames, total] = t.p0 as HeapObject[];
    return [
      Number(domain!.p0),
      Number(size!.p0),
      (frames!.p0 as HeapObject[]).map((fr) => {
        const [file, line] = fr.p0 as HeapObject[];
        return [file!.p0 as string, Number(line!.p0)];
      }),
      total!.type === C.int ? Number(total!.p0) : null,
    ];
  });
  writeFileSync(filename, JSON.stringify({ traceback_limit: Number(limit.p0), traces: rows }));
}

function loadTraces(filename: string): HeapObject {
  let data: { traceback_limit: number; traces: [number, number, [string, number][], number][] };
  try {
    data = JSON.parse(readFileSync(filename, "utf8"));
  } catch {
    raise(T.OSError, `cannot load a snapshot from '${filename}'`);
  }
  const traces = newList(
    data.traces.map(([domain, size, frames, total]) =>
      newTuple([
        newInt(domain),
        newInt(size),
        newTuple(frames.map(([file, line]) => newTuple([newStr(file), newInt(line)]))),
        total === null ? none() : newInt(total),
      ]),
    ),
  );
  return newTuple([traces, newInt(data.traceback_limit)]);
}

function strArg(obj: HeapObject, what: string): string {
  if (obj.type !== C.str) raise(T.TypeError, `${what} must be str, not ${typeName(obj)}`);
  return obj.p0 as string;
}

/** Lib/tracemalloc.py, 3.11, written from its documented behaviour (see the file comment). */
const LIBRARY = (): string =>
  `
_slice = type(slice(None))


def _format_size(size, sign):
    for unit in ('B', 'KiB', 'MiB', 'GiB', 'TiB'):
        if abs(size) < 100 and unit != 'B':
            return ("%+.1f %s" if sign else "%.1f %s") % (size, unit)
        if abs(size) < 10 * 1024 or unit == 'TiB':
            return ("%+.0f %s" if sign else "%.0f %s") % (size, unit)
        size /= 1024


class Statistic:
    """
    Statistic difference on memory allocations between two Snapshot instance.
    """

    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def __hash__(self):
        return hash((self.traceback, self.size, self.count))

    def __eq__(self, other):
        if not isinstance(other, Statistic):
            return NotImplemented
        return (self.traceback, self.size, self.count) == (other.traceback, other.size, other.count)

    def __str__(self):
        text = "%s: size=%s, count=%i" % (self.traceback, _format_size(self.size, False), self.count)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return '<Statistic traceback=%r size=%i count=%i>' % (self.traceback, self.size, self.count)

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """
    Statistic difference on memory allocations between an old and a new
    Snapshot instance.
    """
    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def __hash__(self):
        return hash((self.traceback, self.size, self.size_diff, self.count, self.count_diff))

    def __eq__(self, other):
        if not isinstance(other, StatisticDiff):
            return NotImplemented
        return ((self.traceback, self.size, self.size_diff, self.count, self.count_diff)
                == (other.traceback, other.size, other.size_diff, other.count, other.count_diff))

    def __str__(self):
        text = "%s: size=%s (%s), count=%i (%+i)" % (
            self.traceback, _format_size(self.size, False), _format_size(self.size_diff, True),
            self.count, self.count_diff)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return '<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>' % (
            self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count, self.traceback)


def _compare_grouped_stats(old_group, new_group):
    statistics = []
    for traceback, stat in new_group.items():
        previous = old_group.pop(traceback, None)
        if previous is None:
            statistics.append(StatisticDiff(traceback, stat.size, stat.size, stat.count, stat.count))
        else:
            statistics.append(StatisticDiff(traceback, stat.size, stat.size - previous.size,
                                            stat.count, stat.count - previous.count))
    for traceback, stat in old_group.items():
        statistics.append(StatisticDiff(traceback, 0, -stat.size, 0, -stat.count))
    return statistics


class Frame:
    """
    Frame of a traceback.
    """
    __slots__ = ("_frame",)

    def __init__(self, frame):
        # (filename, lineno)
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame == other._frame

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame < other._frame

    def __gt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return other._frame < self._frame

    def __le__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return not other._frame < self._frame

    def __ge__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return not self._frame < other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return "%s:%s" % (self.filename, self.lineno)

    def __repr__(self):
        return "<Frame filename=%r lineno=%r>" % (self.filename, self.lineno)


class Traceback:
    """
    Sequence of Frame instances sorted from the oldest frame
    to the most recent frame.
    """
    __slots__ = ("_frames", '_total_nframe')

    def __init__(self, frames, total_nframe=None):
        # _tracemalloc gives the most recent frame first; the sequence is oldest first.
        self._frames = tuple(reversed(frames))
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if type(index) is _slice:
            return tuple(Frame(trace) for trace in self._frames[index])
        return Frame(self._frames[index])

    def __iter__(self):
        for trace in self._frames:
            yield Frame(trace)

    def __reversed__(self):
        for trace in reversed(self._frames):
            yield Frame(trace)

    def __contains__(self, frame):
        return frame._frame in self._frames

    def index(self, frame):
        return self._frames.index(frame._frame)

    def count(self, frame):
        return self._frames.count(frame._frame)

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames == other._frames

    def __lt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames < other._frames

    def __gt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return other._frames < self._frames

    def __le__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return not other._frames < self._frames

    def __ge__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return not self._frames < other._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        s = "<Traceback %r" % (tuple(self),)
        if self._total_nframe is None:
            return s + ">"
        return s + " total_nframe=%s>" % (self._total_nframe,)

    def format(self, limit=None, most_recent_first=False):
        if limit is None:
            frames = list(self)
        elif limit > 0:
            frames = list(self[-limit:])
        else:
            frames = list(self[:limit])
        if most_recent_first:
            frames.reverse()
        lines = []
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            line = _getline(frame.filename, frame.lineno).strip()
            if line:
                lines.append('    %s' % line)
        return lines


def get_object_traceback(obj):
    """
    Get the traceback where the Python object *obj* was allocated.
    Return a Traceback instance.

    Return None if the tracemalloc module is not tracing memory allocations or
    did not trace the allocation of the object.
    """
    frames = _get_object_traceback(obj)
    if frames is None:
        return None
    return Traceback(frames)


class Trace:
    """
    Trace of a memory block.
    """
    __slots__ = ("_trace",)

    def __init__(self, trace):
        # (domain, size, frames, total_nframe)
        self._trace = trace

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(*self._trace[2:])

    def __eq__(self, other):
        if not isinstance(other, Trace):
            return NotImplemented
        return self._trace == other._trace

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return "%s: %s" % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return "<Trace domain=%s size=%s, traceback=%r>" % (
            self.domain, _format_size(self.size, False), self.traceback)


class _Traces:
    def __init__(self, traces):
        self._traces = traces

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, index):
        if type(index) is _slice:
            return tuple(Trace(trace) for trace in self._traces[index])
        return Trace(self._traces[index])

    def __iter__(self):
        for trace in self._traces:
            yield Trace(trace)

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        if not isinstance(other, _Traces):
            return NotImplemented
        return self._traces == other._traces

    def __repr__(self):
        return "<Traces len=%s>" % len(self)


def _normalize_filename(filename):
    if filename.endswith('.pyc'):
        return filename[:-1]
    return filename


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self.inclusive = inclusive
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _match_frame_impl(self, filename, lineno):
        if not _fnmatch(_normalize_filename(filename), self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _match_frame(self, filename, lineno):
        return self._match_frame_impl(filename, lineno) ^ (not self.inclusive)

    def _match_traceback(self, traceback):
        if not self.all_frames:
            filename, lineno = traceback[0]
            return self._match_frame(filename, lineno)
        for filename, lineno in traceback:
            if self._match_frame_impl(filename, lineno):
                return self.inclusive
        return not self.inclusive

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        res = self._match_traceback(traceback)
        if self.domain is None:
            return res
        if self.inclusive:
            return res and domain == self.domain
        return res or domain != self.domain


class DomainFilter(BaseFilter):
    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        return (domain == self.domain) ^ (not self.inclusive)


class Snapshot:
    """
    Snapshot of traces of memory blocks allocated by Python.
    """

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        """
        Write the snapshot into a file.
        """
        _dump(filename, self.traces._traces, self.traceback_limit)

    @staticmethod
    def load(filename):
        """
        Load a snapshot from a file.
        """
        traces, traceback_limit = _load(filename)
        return Snapshot(traces, traceback_limit)

    def _filter_trace(self, include_filters, exclude_filters, trace):
        if include_filters and not any(f._match(trace) for f in include_filters):
            return False
        if exclude_filters and any(not f._match(trace) for f in exclude_filters):
            return False
        return True

    def filter_traces(self, filters):
        """
        Create a new Snapshot instance with a filtered traces sequence, filters
        is a list of Filter or DomainFilter instances.  If filters is an empty
        list, return a new Snapshot instance with a copy of the traces.
        """
        try:
            iter(filters)
        except TypeError:
            raise TypeError("filters must be a list of filters, not %s"
                            % type(filters).__name__) from None
        if not filters:
            return Snapshot(list(self.traces._traces), self.traceback_limit)
        include_filters = [f for f in filters if f.inclusive]
        exclude_filters = [f for f in filters if not f.inclusive]
        new_traces = [trace for trace in self.traces._traces
                      if self._filter_trace(include_filters, exclude_filters, trace)]
        return Snapshot(new_traces, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError("cumulative mode cannot by used with key type %r" % key_type)
        stats = {}
        tracebacks = {}
        for trace in self.traces._traces:
            domain, size, trace_traceback, total_nframe = trace
            keys = trace_traceback if cumulative else (trace_traceback,)
            for key in keys:
                traceback = tracebacks.get(key)
                if traceback is None:
                    if cumulative:
                        frames = (key,) if key_type == 'lineno' else ((key[0], 0),)
                    elif key_type == 'traceback':
                        frames = key
                    elif key_type == 'lineno':
                        frames = key[:1]
                    else:
                        frames = ((key[0][0], 0),)
                    traceback = Traceback(frames)
                    tracebacks[key] = traceback
                stat = stats.get(traceback)
                if stat is None:
                    stats[traceback] = Statistic(traceback, size, 1)
                else:
                    stat.size += size
                    stat.count += 1
        return stats

    def statistics(self, key_type, cumulative=False):
        """
        Group statistics by key_type. Return a sorted list of Statistic
        instances.
        """
        statistics = list(self._group_by(key_type, cumulative).values())
        statistics.sort(reverse=True, key=Statistic._sort_key)
        return statistics

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """
        Compute the differences with an old snapshot old_snapshot. Get
        statistics as a sorted list of StatisticDiff instances, grouped by
        group_by.
        """
        new_group = self._group_by(key_type, cumulative)
        old_group = old_snapshot._group_by(key_type, cumulative)
        statistics = _compare_grouped_stats(old_group, new_group)
        statistics.sort(reverse=True, key=StatisticDiff._sort_key)
        return statistics


def take_snapshot():
    """
    Take a snapshot of traces of memory blocks allocated by Python.
    """
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory "
                           "allocations to take a snapshot")
    return Snapshot(_get_traces(), get_traceback_limit())
`;

declareModule("tracemalloc", (m, module) => {
  const def = (name: string, impl: (args: HeapObject[], kw: string[] | null) => HeapObject) =>
    defineFunction(m, name, impl);
  def("start", (args, kw) => {
    noKw("_tracemalloc.start", kw);
    range_("start", args, 0, 1);
    startTracing(args.length === 0 ? 1 : asIndex(args[0]!));
    return none();
  });
  def("stop", (args, kw) => {
    exactly("_tracemalloc.stop", args, 0, kw);
    stopTracing();
    return none();
  });
  def("is_tracing", (args, kw) => {
    exactly("_tracemalloc.is_tracing", args, 0, kw);
    return newBool(accounting.tracing);
  });
  def("clear_traces", (args, kw) => {
    exactly("_tracemalloc.clear_traces", args, 0, kw);
    if (accounting.tracing) {
      accounting.clearTraces();
      state.interned.clear();
    }
    return none();
  });
  def("get_traced_memory", (args, kw) => {
    exactly("_tracemalloc.get_traced_memory", args, 0, kw);
    if (!accounting.tracing) return newTuple([newInt(0), newInt(0)]);
    // Both read before the result's ints are allocated (which the peak would count).
    const traced = accounting.traced;
    const peak = accounting.peak;
    return newTuple([newInt(traced), newInt(peak)]);
  });
  def("reset_peak", (args, kw) => {
    exactly("_tracemalloc.reset_peak", args, 0, kw);
    if (accounting.tracing) accounting.peak = accounting.traced;
    return none();
  });
  def("get_tracemalloc_memory", (args, kw) => {
    exactly("_tracemalloc.get_tracemalloc_memory", args, 0, kw);
    return newInt(accounting.ownMemory() + 96 * state.interned.size);
  });
  def("get_traceback_limit", (args, kw) => {
    exactly("_tracemalloc.get_traceback_limit", args, 0, kw);
    return newInt(state.nframe);
  });
  def("_get_object_traceback", (args, kw) => {
    exactly("_tracemalloc._get_object_traceback", args, 1, kw);
    // CPython 3.11 looks the block up at the object's address minus the GC header only,
    // so an instance with a managed dict (whose pre-header is larger) is never found.
    const obj = args[0]!;
    const trace = accounting.tracing && preHeaderSize(obj) <= 16 ? accounting.traceOf(obj) : null;
    if (trace === null) return none();
    const cache = new Map<Tb, HeapObject>();
    const frames = framesTuple(trace.tb as Tb, cache);
    decref(cache.get(trace.tb as Tb)!);
    return frames;
  });
  def("_get_traces", (args, kw) => {
    exactly("_tracemalloc._get_traces", args, 0, kw);
    if (!accounting.tracing) return newList([]);
    return getTraces();
  });
  def("_fnmatch", (args) =>
    newBool(fnmatch(strArg(args[0]!, "filename"), strArg(args[1]!, "pattern"))),
  );
  def("_getline", (args) => newStr(getline(strArg(args[0]!, "filename"), asIndex(args[1]!))));
  def("_dump", (args) => {
    dumpTraces(strArg(args[0]!, "filename"), args[1]!, args[2]!);
    return none();
  });
  def("_load", (args) => loadTraces(strArg(args[0]!, "filename")));
  runLibrarySource(module, m, LIBRARY(), "<frozen tracemalloc>");
});
