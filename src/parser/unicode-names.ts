// Unicode character names for the \N{...} escape (CPython: unicodedata's name lookup,
// Modules/unicodedata.c: _getcode). The table of explicit names is generated from
// CPython's unicodedata into unicode-names.txt (beside this module: the build copies it),
// read and decoded into a Map on first use; CJK ideograph and Hangul syllable names are
// computed, as CPython computes them.

import { readFileSync } from "node:fs";

let table: Map<string, number> | null = null;

function load(): Map<string, number> {
  const m = new Map<string, number>();
  let cp = 0;
  let pos = 0;
  const s = readFileSync(new URL("./unicode-names.txt", import.meta.url), "latin1");
  while (pos < s.length) {
    let nl = s.indexOf("\n", pos);
    if (nl < 0) nl = s.length;
    const semi = s.lastIndexOf(";", nl);
    cp += Number.parseInt(s.slice(semi + 1, nl), 16);
    m.set(s.slice(pos, semi), cp);
    pos = nl + 1;
  }
  return m;
}

const JAMO_L = [
  "G",
  "GG",
  "N",
  "D",
  "DD",
  "R",
  "M",
  "B",
  "BB",
  "S",
  "SS",
  "",
  "J",
  "JJ",
  "C",
  "K",
  "T",
  "P",
  "H",
];
const JAMO_V = [
  "A",
  "AE",
  "YA",
  "YAE",
  "EO",
  "E",
  "YEO",
  "YE",
  "O",
  "WA",
  "WAE",
  "OE",
  "YO",
  "U",
  "WEO",
  "WE",
  "WI",
  "YU",
  "EU",
  "YI",
  "I",
];
const JAMO_T = [
  "",
  "G",
  "GG",
  "GS",
  "N",
  "NJ",
  "NH",
  "D",
  "L",
  "LG",
  "LM",
  "LB",
  "LS",
  "LT",
  "LP",
  "LH",
  "M",
  "B",
  "BS",
  "S",
  "SS",
  "NG",
  "J",
  "C",
  "K",
  "T",
  "P",
  "H",
];

const CJK_RANGES: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0x20000, 0x2a6df],
  [0x2a700, 0x2b738],
  [0x2b740, 0x2b81d],
  [0x2b820, 0x2cea1],
  [0x2ceb0, 0x2ebe0],
  [0x30000, 0x3134a],
];

function hangul(rest: string): number | undefined {
  for (let l = 0; l < JAMO_L.length; l++) {
    const L = JAMO_L[l]!;
    if (!rest.startsWith(L)) continue;
    for (let v = 0; v < JAMO_V.length; v++) {
      const V = JAMO_V[v]!;
      if (!rest.startsWith(V, L.length)) continue;
      const tail = rest.slice(L.length + V.length);
      const t = JAMO_T.indexOf(tail);
      if (t >= 0) return 0xac00 + (l * 21 + v) * 28 + t;
    }
  }
  return undefined;
}

/** The character named `name` (case-insensitive), or undefined. */
export function lookupUnicodeName(name: string): string | undefined {
  const up = name.toUpperCase();
  if (up.startsWith("CJK UNIFIED IDEOGRAPH-")) {
    const hex = up.slice(22);
    if (/^[0-9A-F]{4,5}$/.test(hex)) {
      const cp = Number.parseInt(hex, 16);
      for (const [a, b] of CJK_RANGES) if (cp >= a && cp <= b) return String.fromCodePoint(cp);
    }
    return undefined;
  }
  if (up.startsWith("HANGUL SYLLABLE ")) {
    const cp = hangul(up.slice(16));
    return cp === undefined ? undefined : String.fromCodePoint(cp);
  }
  table ??= load();
  const cp = table.get(up);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}
