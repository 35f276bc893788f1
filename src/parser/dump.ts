// `dump`: the text `ast.dump(node, annotate_fields, include_attributes, indent=…)` prints.
//
// A transcription of Lib/ast.py (3.11) `dump._format`: fields in `_fields` order, a field
// left out when it is None and the class default is None (optional fields), attributes
// after fields, and the same rule for when a node is "simple" enough to stay on one line
// with `indent`. The field tables come from the generated ast.ts.

import { FIELDS, HAS_ATTRIBUTES, OPTIONAL } from "./ast.js";
import { PyBytes, PyComplex, type PyConstant, PyEllipsis, pyRepr } from "./constants.js";

export interface DumpOptions {
  annotateFields?: boolean;
  includeAttributes?: boolean;
  /** Like ast.dump's indent: a number of spaces or a string; null for one line. */
  indent?: number | string | null;
}

const ATTRIBUTES = ["lineno", "col_offset", "end_lineno", "end_col_offset"] as const;

function isNode(v: unknown): v is { _type: string } {
  return typeof v === "object" && v !== null && "_type" in v;
}

/** CPython 3.11 Lib/ast.py: dump. */
export function dump(node: unknown, options: DumpOptions = {}): string {
  const annotateFields = options.annotateFields ?? true;
  const includeAttributes = options.includeAttributes ?? false;
  let indent: string | null = null;
  if (options.indent !== undefined && options.indent !== null) {
    indent = typeof options.indent === "number" ? " ".repeat(options.indent) : options.indent;
  }

  function format(v: unknown, level: number): [string, boolean] {
    let prefix: string;
    let sep: string;
    if (indent !== null) {
      level += 1;
      prefix = `\n${indent.repeat(level)}`;
      sep = `,\n${indent.repeat(level)}`;
    } else {
      prefix = "";
      sep = ", ";
    }
    if (isNode(v)) {
      const type = v._type;
      const rec = v as unknown as Record<string, unknown>;
      const args: string[] = [];
      let allsimple = true;
      let keywords = annotateFields;
      const optional = OPTIONAL[type];
      for (const name of FIELDS[type]!) {
        const value = rec[name];
        if (value === undefined) {
          keywords = true;
          continue;
        }
        if (value === null && optional?.includes(name)) {
          keywords = true;
          continue;
        }
        // Constant.value is a Python value: a JS number there is a float, elsewhere an int.
        const [s, simple] =
          type === "Constant" && name === "value"
            ? [pyRepr(value as PyConstant), true]
            : format(value, level);
        allsimple &&= simple;
        args.push(keywords ? `${name}=${s}` : s);
      }
      if (includeAttributes && HAS_ATTRIBUTES[type]) {
        for (const name of ATTRIBUTES) {
          const value = rec[name];
          if (value === undefined || (value === null && optional?.includes(name))) continue;
          const [s, simple] = format(value, level);
          allsimple &&= simple;
          args.push(`${name}=${s}`);
        }
      }
      if (allsimple && args.length <= 3) return [`${type}(${args.join(", ")})`, args.length === 0];
      return [`${type}(${prefix}${args.join(sep)})`, false];
    }
    if (Array.isArray(v)) {
      if (v.length === 0) return ["[]", true];
      return [`[${prefix}${v.map((x) => format(x, level)[0]).join(sep)}]`, false];
    }
    if (
      v === null ||
      typeof v === "string" ||
      typeof v === "bigint" ||
      typeof v === "boolean" ||
      v instanceof PyBytes ||
      v instanceof PyComplex ||
      v instanceof PyEllipsis
    ) {
      return [pyRepr(v), true];
    }
    if (typeof v === "number") {
      // Integers in node fields (lineno, conversion, level…) are Python ints.
      return [Number.isInteger(v) ? String(v) : pyRepr(v), true];
    }
    return [String(v), true];
  }

  return format(node, 0)[0];
}
