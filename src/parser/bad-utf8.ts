// Source bytes that are not valid UTF-8, handled the way `ast.parse(bytes)` handles them.
//
// CPython 3.11 does not validate a bytes source up front: the tokenizer works on raw bytes
// and only the tokens it decodes fail — an identifier (tokenizer.c: verify_identifier) or
// a string literal body (string_parser.c: decode_utf8 / PyUnicode_DecodeUTF8Stateful) —
// with the UTF-8 codec's message. Bad bytes in comments pass. We decode leniently (one
// U+FFFD per maximal invalid subpart, as the codec's "replace" handler does), remember
// which U+FFFD stand for bad bytes, and let the tokenizer and the string parser raise the
// codec's error when one of their tokens contains such a character.

interface Bad {
  /** The first invalid byte. */
  byte: number;
  /** Bytes replaced by this U+FFFD. */
  length: number;
  /** The original bytes from the invalid byte on, for the codec's reason. */
  bytes: Uint8Array;
}

function seqLength(c: number): number {
  if (c >= 0xc2 && c <= 0xdf) return 2;
  if (c >= 0xe0 && c <= 0xef) return 3;
  if (c >= 0xf0 && c <= 0xf4) return 4;
  return 0;
}

/** Is `d` a valid k-th byte (k ≥ 1) of the sequence led by `c`? (Objects/stringlib/codecs.h) */
function validCont(c: number, k: number, d: number): boolean {
  if (k === 1) {
    if (c === 0xe0) return d >= 0xa0 && d <= 0xbf;
    if (c === 0xed) return d >= 0x80 && d <= 0x9f;
    if (c === 0xf0) return d >= 0x90 && d <= 0xbf;
    if (c === 0xf4) return d >= 0x80 && d <= 0x8f;
  }
  return d >= 0x80 && d <= 0xbf;
}

export class BadUtf8 {
  /** Char index in the decoded text → what the U+FFFD there replaced. */
  private readonly at = new Map<number, Bad>();
  private readonly order: Bad[] = [];

  add(charIndex: number, bad: Bad): void {
    this.at.set(charIndex, bad);
    this.order.push(bad);
  }

  /** Re-key after newline normalisation, by the order of the U+FFFD characters. */
  remap(text: string): void {
    this.at.clear();
    let k = 0;
    for (
      let i = text.indexOf("\ufffd");
      i >= 0 && k < this.order.length;
      i = text.indexOf("\ufffd", i + 1)
    ) {
      this.at.set(i, this.order[k++]!);
    }
  }

  /** Byte-column correction for text[from, to): each U+FFFD (3 bytes) stood for `length` bytes. */
  colAdjust(text: string, from: number, to: number): number {
    let adj = 0;
    for (
      let i = text.indexOf("\ufffd", from);
      i >= 0 && i < to;
      i = text.indexOf("\ufffd", i + 1)
    ) {
      const bad = this.at.get(i);
      if (bad !== undefined) adj += bad.length - 3;
    }
    return adj;
  }

  /** The first bad character in text[from, to), or -1. */
  firstIn(text: string, from: number, to: number): number {
    for (
      let i = text.indexOf("\ufffd", from);
      i >= 0 && i < to;
      i = text.indexOf("\ufffd", i + 1)
    ) {
      if (this.at.has(i)) return i;
    }
    return -1;
  }

  /**
   * The codec's error for decoding text[chunkFrom, chunkTo) whose first bad character is
   * at `k` (CPython: "(unicode error) 'utf-8' codec can't decode …").
   */
  message(text: string, chunkFrom: number, chunkTo: number, k: number): string {
    const bad = this.at.get(k)!;
    const pos = Buffer.byteLength(text.slice(chunkFrom, k), "utf8");
    const avail = bad.length + Buffer.byteLength(text.slice(k + 1, chunkTo), "utf8");
    const b = bad.bytes;
    const c = b[0]!;
    const need = seqLength(c);
    let reason = "invalid start byte";
    let end = 1;
    if (need > 0) {
      reason = "";
      for (let j = 1; j < need; j++) {
        if (j >= avail) {
          reason = "unexpected end of data";
          end = avail;
          break;
        }
        if (!validCont(c, j, b[j]!)) {
          reason = "invalid continuation byte";
          break;
        }
      }
    }
    const where =
      end > 1
        ? `bytes in position ${pos}-${pos + end - 1}`
        : `byte 0x${c.toString(16).padStart(2, "0")} in position ${pos}`;
    return `(unicode error) 'utf-8' codec can't decode ${where}: ${reason}`;
  }
}

/** Decode UTF-8 replacing each maximal invalid subpart by U+FFFD, recording where. */
export function decodeUtf8Lenient(body: Uint8Array): { text: string; bad: BadUtf8 } {
  const bad = new BadUtf8();
  const decoder = new TextDecoder("utf-8");
  let text = "";
  let from = 0;
  let i = 0;
  const n = body.length;
  while (i < n) {
    const c = body[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const need = seqLength(c);
    let ok = need > 0 && i + need <= n;
    let valid = 1;
    if (need > 0) {
      for (let j = 1; j < need && i + j < n; j++) {
        if (!validCont(c, j, body[i + j]!)) {
          ok = false;
          break;
        }
        valid++;
      }
    }
    if (ok) {
      i += need;
      continue;
    }
    text += decoder.decode(body.subarray(from, i));
    const length = need > 0 ? valid : 1;
    bad.add(text.length, { byte: c, length, bytes: body.subarray(i, Math.min(n, i + 4)) });
    text += "\ufffd";
    i += length;
    from = i;
  }
  text += decoder.decode(body.subarray(from));
  return { text, bad };
}
