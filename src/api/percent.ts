/** printf-style `str % args` (CPython Objects/unicodeobject.c PyUnicode_Format, common cases). */
import type { HeapObject } from "../engine/index.js";
import { asIndex, callSpecial, getItem, isInt, repr, str } from "../runtime/abstract.js";
import { raise } from "../runtime/errors.js";
import { asciiOf, formatFloat, formatInt, parseSpec } from "../runtime/format.js";
import { decref } from "../runtime/heapref.js";
import { newStr } from "../runtime/objects.js";
import { lookup, typeName, typeOf } from "../runtime/typeobject.js";
import { C, T } from "../runtime/types.js";

export function percentFormat(fmt: HeapObject, args: HeapObject): HeapObject {
  const s = fmt.p0 as string;
  const items = args.type.layout === C.tuple ? (args.p0 as HeapObject[]) : [args];
  let k = 0;
  let out = "";
  const re = /%(\([^)]*\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g;
  let last = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out += s.slice(last, m.index);
    last = re.lastIndex;
    const [, key, flags, width, prec, conv] = m;
    if (conv === "%") {
      out += "%";
      continue;
    }
    const w = width === "*" ? asIndex(items[k++]!) : width === undefined ? -1 : Number(width);
    const p = prec === "*" ? asIndex(items[k++]!) : prec === undefined ? -1 : Number(prec);
    let v: HeapObject;
    let owned = false;
    if (key !== undefined) {
      const kobj = newStr(key.slice(1, -1));
      v = getItem(args, kobj);
      owned = true;
      decref(kobj);
    } else {
      if (k >= items.length) raise(T.TypeError, "not enough arguments for format string");
      v = items[k++]!;
    }
    let body: string;
    const f = flags ?? "";
    const spec = parseSpec("");
    spec.sign = f.includes("+") ? "+" : f.includes(" ") ? " " : "";
    spec.alt = f.includes("#");
    if (conv === "s" || conv === "r" || conv === "a") {
      body = conv === "s" ? str(v) : repr(v);
      if (conv === "a") body = asciiOf(body);
      if (p >= 0) body = body.slice(0, p);
    } else if ("diu".includes(conv!)) {
      if (!isInt(v) && v.type !== C.float)
        raise(T.TypeError, `%${conv} format: a real number is required, not ${v.type.name}`);
      spec.type = "d";
      body = formatInt(
        isInt(v) ? BigInt(v.p0 as number | bigint) : BigInt(Math.trunc(Number(v.p0))),
        spec,
      );
    } else if ("oxX".includes(conv!)) {
      spec.type = conv!;
      body = formatInt(BigInt(v.p0 as number), spec);
    } else if (conv === "c") {
      body = isInt(v) ? String.fromCodePoint(Number(v.p0)) : (v.p0 as string);
    } else {
      spec.type = conv!;
      spec.precision = p < 0 ? 6 : p;
      body = formatFloat(realOf(v), spec);
    }
    if (owned) decref(v);
    if (w > body.length) {
      if (f.includes("-")) body = body.padEnd(w);
      else if (f.includes("0") && !"srac".includes(conv!)) {
        const sign = /^[+\- ]/.test(body) ? body[0]! : "";
        body = sign + body.slice(sign.length).padStart(w - sign.length, "0");
      } else body = body.padStart(w);
    }
    out += body;
  }
  out += s.slice(last);
  // Arguments left over are an error unless the argument is a mapping (anything with
  // __getitem__ but a tuple or a str: PyUnicode_Format's dict case).
  const layout = args.type.layout;
  const isMapping =
    layout !== C.tuple && layout !== C.str && lookup(typeOf(args), "__getitem__") !== null;
  if (k < items.length && !isMapping)
    raise(T.TypeError, "not all arguments converted during string formatting");
  return newStr(out);
}

/** The float a %e/%f/%g conversion formats: ints, floats and objects with __float__. */
function realOf(v: HeapObject): number {
  if (isInt(v) || v.type === C.float) return Number(v.p0);
  const r = callSpecial(v, "__float__");
  if (r === null) raise(T.TypeError, `must be real number, not ${typeName(v)}`);
  try {
    if (r.type !== C.float) raise(T.TypeError, `must be real number, not ${typeName(r)}`);
    return r.p0 as number;
  } finally {
    decref(r);
  }
}
