/**
 * The `random` module (CPython Modules/_randommodule.c + Lib/random.py).
 *
 * Technique: the generator is the Mersenne Twister (MT19937) seeded as CPython seeds it —
 * an int seed's absolute value split into 32-bit words, least significant first, fed to
 * `init_by_array`; a str/bytes seed first extended with its SHA-512 digest; other
 * hashable seeds through their hash — so a seeded program draws CPython's numbers.
 * `random()` builds a 53-bit float from two outputs (27 + 26 bits) and `getrandbits(k)`
 * takes k bits from ceil(k/32) outputs, low words first, both as CPython does. These
 * two, `seed`, `getstate` and `setstate` are native methods of the `Random` class; the
 * rest of the class (randrange, randint, choice, shuffle, sample, choices, uniform,
 * gauss, …) is Python source run into the module, following Lib/random.py's algorithms
 * (rejection sampling with getrandbits for `_randbelow`, the same set/pool switch in
 * `sample`), so every function consumes the stream as CPython's does.
 * NOT-CPYTHON: the distributions that use log/sin/cos/exp (gauss, normalvariate,
 * expovariate, …) get V8's libm results, which can differ from glibc's in the last bit;
 * a subclass that overrides random() but not getrandbits() still draws with getrandbits.
 */
import type { HeapObject } from "../engine/index.js";
import { floatHashExact, isInt, pyHash } from "../runtime/abstract.js";
import { buildClass } from "../runtime/bootstrap.js";
import { bytesData, isBytesLike, newBytes } from "../runtime/bytes.js";
import type { DictStore } from "../runtime/dictstore.js";
import { raise } from "../runtime/errors.js";
import { decref } from "../runtime/heapref.js";
import {
  newDict,
  newFloat,
  newInt,
  newMethodDescriptor,
  newTuple,
  none,
} from "../runtime/objects.js";
import { setTypeAttr, typeInfo } from "../runtime/typeobject.js";
import { C, S, T } from "../runtime/types.js";
import { runLibrarySource } from "./library.js";
import { toInt } from "./math.js";
import { declareModule } from "./registry.js";
import { defineFunction, defineValue, exactly, nodeCrypto } from "./support.js";

const N = 624;
const M = 397;

/** One MT19937 generator (the reference algorithm by Matsumoto and Nishimura). */
class MersenneTwister {
  readonly mt = new Uint32Array(N);
  index = N + 1;

  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  initByArray(key: number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  private twist(): void {
    const mt = this.mt;
    for (let k = 0; k < N; k++) {
      const y = (mt[k]! & 0x80000000) | (mt[(k + 1) % N]! & 0x7fffffff);
      mt[k] = mt[(k + M) % N]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    this.index = 0;
  }

  next(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random(): 53 random bits as a float in [0, 1). */
  random(): number {
    const a = this.next() >>> 5;
    const b = this.next() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  getrandbits(k: number): number | bigint {
    if (k <= 32) return k === 0 ? 0 : this.next() >>> (32 - k);
    let result = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let r = this.next();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
      shift += 32n;
    }
    return result;
  }
}

const generators = new WeakMap<HeapObject, MersenneTwister>();

function generatorOf(self: HeapObject): MersenneTwister {
  let g = generators.get(self);
  if (g === undefined) {
    g = new MersenneTwister();
    seedFromEntropy(g);
    generators.set(self, g);
  }
  return g;
}

function seedFromEntropy(g: MersenneTwister): void {
  const buf = nodeCrypto().randomBytes(N * 4);
  const key: number[] = [];
  for (let i = 0; i < N; i++) key.push(buf.readUInt32LE(i * 4));
  g.initByArray(key);
}

/** CPython random_seed: |n| as little-endian 32-bit words ([0] for zero). */
function seedFromInt(g: MersenneTwister, n: bigint): void {
  if (n < 0n) n = -n;
  const key: number[] = [];
  while (n > 0n) {
    key.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  if (key.length === 0) key.push(0);
  g.initByArray(key);
}

const LIBRARY = (): string =>
  `
from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import tau as TWOPI, floor as _floor, isfinite as _isfinite

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF


def _bisect_right(a, x, hi):
    lo = 0
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _running_totals(values):
    out = []
    total = None
    for v in values:
        total = v if total is None else total + v
        out.append(total)
    return out


class Random(_Random):
    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        if version == 1 and isinstance(a, (str, bytes)):
            if isinstance(a, bytes):
                a = a.decode('latin-1')
            x = ord(a[0]) << 7 if a else 0
            for ch in a:
                x = ((1000003 * x) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
            x ^= len(a)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            a = _digest_seed(a.encode() if isinstance(a, str) else a)
        elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: None,\\n'
                            'int, float, str, bytes, and bytearray.')
        _Random.seed(self, a)
        self.gauss_next = None

    def getstate(self):
        return self.VERSION, _Random.getstate(self), self.gauss_next

    def setstate(self, state):
        version = state[0]
        if version == 3:
            version, internal, self.gauss_next = state
            _Random.setstate(self, internal)
        elif version == 2:
            version, internal, self.gauss_next = state
            try:
                internal = tuple(x % (2 ** 32) for x in internal)
            except ValueError as e:
                raise TypeError from e
            _Random.setstate(self, internal)
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" % (version, self.VERSION))

    def _randbelow(self, n):
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randbytes(self, n):
        return _to_bytes(self.getrandbits(n * 8), n)

    def randrange(self, start, stop=None, step=1):
        istart = _as_index(start, "arg 1")
        if stop is None:
            if step != 1:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _as_index(stop, "stop")
        width = istop - istart
        istep = _as_index(step, "step")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        below = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = below(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        if isinstance(population, (set, frozenset, dict)) or not (
                isinstance(population, (list, tuple, str, range)) or hasattr(population, '__getitem__')):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum = _running_totals(counts)
            if len(cum) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            return [population[_bisect_right(cum, s, len(cum))] for s in picks]
        below = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = below(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            chosen = set()
            for i in range(k):
                j = below(n)
                while j in chosen:
                    j = below(n)
                chosen.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(random() * n)] for i in range(k)]
            try:
                cum_weights = _running_totals(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(
                    f'The number of choices must be a keyword argument: {k=}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect_right(cum_weights, random() * total, hi)]
                for i in range(k)]

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        return -_log(1.0 - self.random()) / lambd

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


def _as_index(value, what):
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), '__index__'):
        return type(value).__index__(value)
    as_int = int(value)
    if as_int != value:
        raise ValueError("non-integer %s for randrange()" % what)
    return as_int


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
gauss = _inst.gauss
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
`;

/** The native half: `_random.Random`'s methods on a base class the library subclasses. */
function makeBaseClass(base: HeapObject): void {
  const method = (name: string, impl: (args: HeapObject[], self: HeapObject) => HeapObject) =>
    setTypeAttr(
      base,
      name,
      newMethodDescriptor(
        name,
        (args, kw, self) => {
          if (kw !== null && kw.length > 0) {
            raise(T.TypeError, `Random.${name}() takes no keyword arguments`);
          }
          return impl(args, self!);
        },
        base,
      ),
    );
  method("random", (args, self) => {
    exactly("random", args, 0);
    return newFloat(generatorOf(self).random());
  });
  method("getrandbits", (args, self) => {
    if (args.length !== 1) {
      raise(T.TypeError, `getrandbits() takes exactly one argument (${args.length} given)`);
    }
    const k = toInt(args[0]!);
    if (k < 0) raise(T.ValueError, "number of bits must be non-negative");
    if (k > 2 ** 31) raise(T.OverflowError, "Python int too large to convert to C int");
    return newInt(generatorOf(self).getrandbits(Number(k)));
  });
  method("seed", (args, self) => {
    if (args.length > 1) raise(T.TypeError, `seed expected at most 1 argument, got ${args.length}`);
    const g = generatorOf(self);
    const a = args[0] ?? S.None;
    if (a === S.None) seedFromEntropy(g);
    else if (isInt(a)) seedFromInt(g, BigInt(a.p0 as number | bigint));
    else {
      // the hash, exact for floats (pyHash is a JS number, not exact past 2**53)
      let h = BigInt(a.type === C.float ? floatHashExact(a.p0 as number) : pyHash(a));
      if (h < 0n) h += 1n << 64n;
      seedFromInt(g, h);
    }
    return none();
  });
  method("getstate", (args, self) => {
    exactly("getstate", args, 0);
    const g = generatorOf(self);
    const items: HeapObject[] = [];
    for (const w of g.mt) items.push(newInt(w));
    items.push(newInt(g.index));
    return newTuple(items);
  });
  method("setstate", (args, self) => {
    exactly("setstate", args, 1);
    const st = args[0]!;
    if (st.type !== C.tuple) {
      raise(T.TypeError, "state vector must be a tuple");
    }
    const items = st.p0 as HeapObject[];
    if (items.length !== N + 1) raise(T.ValueError, "state vector is the wrong size");
    const g = generatorOf(self);
    const words: number[] = [];
    for (let i = 0; i < N; i++) {
      const v = BigInt(toInt(items[i]!));
      if (v < 0n || v > 0xffffffffn)
        raise(T.OverflowError, "Python int too large to convert to C unsigned long");
      words.push(Number(v));
    }
    const index = Number(toInt(items[N]!));
    if (index < 0 || index > N) raise(T.ValueError, "invalid state");
    g.mt.set(words);
    g.index = index;
    return none();
  });
}

declareModule("random", (m, module) => {
  // int.from_bytes(a + sha512(a).digest(), 'big') for str/bytes seeds
  defineFunction(m, "_digest_seed", (args) => {
    const a = args[0]!;
    if (!isBytesLike(a)) raise(T.TypeError, "expected bytes");
    const data = Buffer.from(bytesData(a));
    const digest = nodeCrypto().createHash("sha512").update(data).digest();
    const all = Buffer.concat([data, digest]);
    return newInt(all.length === 0 ? 0n : BigInt(`0x${all.toString("hex")}`));
  });
  defineFunction(m, "_to_bytes", (args) => {
    // n.to_bytes(length, 'little') for randbytes
    let v = BigInt(toInt(args[0]!));
    const length = Number(toInt(args[1]!));
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      out[i] = Number(v & 0xffn);
      v >>= 8n;
    }
    return newBytes(out);
  });
  const base = buildBase(m);
  makeBaseClass(base);
  runLibrarySource(module, m, LIBRARY(), "<frozen random>");
});

/** `_random.Random`: the base class holding the native methods (named _Random here). */
function buildBase(m: DictStore): HeapObject {
  const ns = newDict();
  const base = buildClass(T.type, "Random", [], ns);
  decref(ns);
  typeInfo(base).module = "_random";
  defineValue(m, "_Random", base);
  decref(base);
  return base;
}
