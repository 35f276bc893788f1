/**
 * difflib's `ndiff` (CPython 3.11 Lib/difflib.py: SequenceMatcher, Differ), reduced to
 * what pytest's string comparison needs: the same opcodes, the same "fancy replace" that
 * pairs similar lines and marks the changed characters on `? ` lines.
 */

type Junk = ((x: string) => boolean) | null;
type Opcode = ["replace" | "delete" | "insert" | "equal", number, number, number, number];

class SequenceMatcher {
  private a: string[] = [];
  private b: string[] = [];
  private b2j = new Map<string, number[]>();
  private bjunk = new Set<string>();
  private fullbcount: Map<string, number> | null = null;
  private blocks: [number, number, number][] | null = null;

  constructor(private readonly isjunk: Junk) {}

  setSeq1(a: string[]): void {
    this.a = a;
    this.blocks = null;
  }

  setSeq2(b: string[]): void {
    this.b = b;
    this.blocks = null;
    this.fullbcount = null;
    this.chainB();
  }

  private chainB(): void {
    const b2j = new Map<string, number[]>();
    this.b.forEach((elt, i) => {
      const list = b2j.get(elt);
      if (list === undefined) b2j.set(elt, [i]);
      else list.push(i);
    });
    this.bjunk = new Set();
    if (this.isjunk !== null) {
      for (const elt of b2j.keys()) if (this.isjunk(elt)) this.bjunk.add(elt);
      for (const elt of this.bjunk) b2j.delete(elt);
    }
    const n = this.b.length;
    if (n >= 200) {
      const ntest = Math.floor(n / 100) + 1;
      for (const [elt, idxs] of [...b2j]) if (idxs.length > ntest) b2j.delete(elt);
    }
    this.b2j = b2j;
  }

  private findLongestMatch(
    alo: number,
    ahi: number,
    blo: number,
    bhi: number,
  ): [number, number, number] {
    const { a, b, b2j, bjunk } = this;
    let besti = alo;
    let bestj = blo;
    let bestsize = 0;
    let j2len = new Map<number, number>();
    for (let i = alo; i < ahi; i++) {
      const newj2len = new Map<number, number>();
      for (const j of b2j.get(a[i]!) ?? []) {
        if (j < blo) continue;
        if (j >= bhi) break;
        const k = (j2len.get(j - 1) ?? 0) + 1;
        newj2len.set(j, k);
        if (k > bestsize) {
          besti = i - k + 1;
          bestj = j - k + 1;
          bestsize = k;
        }
      }
      j2len = newj2len;
    }
    for (const junk of [false, true]) {
      while (
        besti > alo &&
        bestj > blo &&
        bjunk.has(b[bestj - 1]!) === junk &&
        a[besti - 1] === b[bestj - 1]
      ) {
        besti--;
        bestj--;
        bestsize++;
      }
      while (
        besti + bestsize < ahi &&
        bestj + bestsize < bhi &&
        bjunk.has(b[bestj + bestsize]!) === junk &&
        a[besti + bestsize] === b[bestj + bestsize]
      )
        bestsize++;
    }
    return [besti, bestj, bestsize];
  }

  matchingBlocks(): [number, number, number][] {
    if (this.blocks !== null) return this.blocks;
    const la = this.a.length;
    const lb = this.b.length;
    const queue: [number, number, number, number][] = [[0, la, 0, lb]];
    const found: [number, number, number][] = [];
    while (queue.length > 0) {
      const [alo, ahi, blo, bhi] = queue.pop()!;
      const x = this.findLongestMatch(alo, ahi, blo, bhi);
      const [i, j, k] = x;
      if (k === 0) continue;
      found.push(x);
      if (alo < i && blo < j) queue.push([alo, i, blo, j]);
      if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
    }
    found.sort((p, q) => p[0] - q[0] || p[1] - q[1] || p[2] - q[2]);
    let [i1, j1, k1] = [0, 0, 0];
    const out: [number, number, number][] = [];
    for (const [i2, j2, k2] of found) {
      if (i1 + k1 === i2 && j1 + k1 === j2) k1 += k2;
      else {
        if (k1 !== 0) out.push([i1, j1, k1]);
        [i1, j1, k1] = [i2, j2, k2];
      }
    }
    if (k1 !== 0) out.push([i1, j1, k1]);
    out.push([la, lb, 0]);
    this.blocks = out;
    return out;
  }

  opcodes(): Opcode[] {
    let i = 0;
    let j = 0;
    const out: Opcode[] = [];
    for (const [ai, bj, size] of this.matchingBlocks()) {
      if (i < ai && j < bj) out.push(["replace", i, ai, j, bj]);
      else if (i < ai) out.push(["delete", i, ai, j, bj]);
      else if (j < bj) out.push(["insert", i, ai, j, bj]);
      i = ai + size;
      j = bj + size;
      if (size !== 0) out.push(["equal", ai, i, bj, j]);
    }
    return out;
  }

  ratio(): number {
    const matches = this.matchingBlocks().reduce((s, m) => s + m[2], 0);
    return ratioOf(matches, this.a.length + this.b.length);
  }

  quickRatio(): number {
    if (this.fullbcount === null) {
      this.fullbcount = new Map();
      for (const elt of this.b) this.fullbcount.set(elt, (this.fullbcount.get(elt) ?? 0) + 1);
    }
    const avail = new Map<string, number>();
    let matches = 0;
    for (const elt of this.a) {
      const n = avail.has(elt) ? avail.get(elt)! : (this.fullbcount.get(elt) ?? 0);
      avail.set(elt, n - 1);
      if (n > 0) matches++;
    }
    return ratioOf(matches, this.a.length + this.b.length);
  }

  realQuickRatio(): number {
    const la = this.a.length;
    const lb = this.b.length;
    return ratioOf(Math.min(la, lb), la + lb);
  }
}

function ratioOf(matches: number, length: number): number {
  return length === 0 ? 1 : (2 * matches) / length;
}

const isCharacterJunk = (ch: string) => ch === " " || ch === "\t";

function dump(tag: string, x: string[], lo: number, hi: number): string[] {
  return x.slice(lo, hi).map((l) => `${tag} ${l}`);
}

function plainReplace(
  a: string[],
  alo: number,
  ahi: number,
  b: string[],
  blo: number,
  bhi: number,
) {
  return bhi - blo < ahi - alo
    ? [...dump("+", b, blo, bhi), ...dump("-", a, alo, ahi)]
    : [...dump("-", a, alo, ahi), ...dump("+", b, blo, bhi)];
}

function keepOriginalWs(s: string, tags: string): string {
  const chars = Array.from(s);
  return Array.from(tags)
    .map((t, i) => (t === " " && /\s/.test(chars[i] ?? "") ? chars[i]! : t))
    .join("");
}

function fancyReplace(
  a: string[],
  alo: number,
  ahi: number,
  b: string[],
  blo: number,
  bhi: number,
): string[] {
  let best = 0.74;
  let bestI = -1;
  let bestJ = -1;
  const cutoff = 0.75;
  const cruncher = new SequenceMatcher(isCharacterJunk);
  let eqi: number | null = null;
  let eqj = -1;
  for (let j = blo; j < bhi; j++) {
    cruncher.setSeq2(Array.from(b[j]!));
    for (let i = alo; i < ahi; i++) {
      if (a[i] === b[j]) {
        if (eqi === null) {
          eqi = i;
          eqj = j;
        }
        continue;
      }
      cruncher.setSeq1(Array.from(a[i]!));
      if (
        cruncher.realQuickRatio() > best &&
        cruncher.quickRatio() > best &&
        cruncher.ratio() > best
      ) {
        best = cruncher.ratio();
        bestI = i;
        bestJ = j;
      }
    }
  }
  if (best < cutoff) {
    if (eqi === null) return plainReplace(a, alo, ahi, b, blo, bhi);
    bestI = eqi;
    bestJ = eqj;
  } else eqi = null;
  const out = fancyHelper(a, alo, bestI, b, blo, bestJ);
  const aelt = a[bestI]!;
  const belt = b[bestJ]!;
  if (eqi === null) {
    let atags = "";
    let btags = "";
    cruncher.setSeq1(Array.from(aelt));
    cruncher.setSeq2(Array.from(belt));
    for (const [tag, ai1, ai2, bj1, bj2] of cruncher.opcodes()) {
      const la = ai2 - ai1;
      const lb = bj2 - bj1;
      if (tag === "replace") {
        atags += "^".repeat(la);
        btags += "^".repeat(lb);
      } else if (tag === "delete") atags += "-".repeat(la);
      else if (tag === "insert") btags += "+".repeat(lb);
      else {
        atags += " ".repeat(la);
        btags += " ".repeat(lb);
      }
    }
    atags = keepOriginalWs(aelt, atags).trimEnd();
    btags = keepOriginalWs(belt, btags).trimEnd();
    out.push(`- ${aelt}`);
    if (atags !== "") out.push(`? ${atags}\n`);
    out.push(`+ ${belt}`);
    if (btags !== "") out.push(`? ${btags}\n`);
  } else out.push(`  ${aelt}`);
  out.push(...fancyHelper(a, bestI + 1, ahi, b, bestJ + 1, bhi));
  return out;
}

function fancyHelper(a: string[], alo: number, ahi: number, b: string[], blo: number, bhi: number) {
  if (alo < ahi) return blo < bhi ? fancyReplace(a, alo, ahi, b, blo, bhi) : dump("-", a, alo, ahi);
  if (blo < bhi) return dump("+", b, blo, bhi);
  return [];
}

/** difflib.ndiff(a, b) with its default junk functions: the Differ's lines. */
export function ndiff(a: string[], b: string[]): string[] {
  const cruncher = new SequenceMatcher(null);
  cruncher.setSeq1(a);
  cruncher.setSeq2(b);
  const out: string[] = [];
  for (const [tag, alo, ahi, blo, bhi] of cruncher.opcodes()) {
    if (tag === "replace") out.push(...fancyReplace(a, alo, ahi, b, blo, bhi));
    else if (tag === "delete") out.push(...dump("-", a, alo, ahi));
    else if (tag === "insert") out.push(...dump("+", b, blo, bhi));
    else out.push(...dump(" ", a, alo, ahi));
  }
  return out;
}
