/**
 * Which document a problem's value came from, so that messages never quote a document that must not
 * be quoted. `extends` merges other files into a scenario; a problem found after the merge may be
 * about a value of such a file. Where the value is not the extending document's own, and a withheld
 * document holds it, the problem names the field and the file instead of showing the value (and an
 * unknown key read from that file is not spelled out either).
 */
import type { Problem } from '../params/spec.ts';
import { isPlainObject, joinPath, Withheld } from '../params/validate.ts';

/** A document merged in through `extends`. */
export interface Base {
  readonly doc: unknown;
  /** False when its content must not appear in messages. */
  readonly quote: boolean;
  /** How messages name it: the `extends` written in the extending document. */
  readonly label: string;
}

type Segment = string | number;

/** The segments of a problem path as `joinPath` writes them; undefined for a path it did not write. */
export function splitPath(path: string): Segment[] | undefined {
  const out: Segment[] = [];
  const token = /^(?:([A-Za-z_$][\w$]*)|\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;
  let rest = path;
  while (rest.length > 0) {
    const m = token.exec(rest);
    if (!m || (m[1] !== undefined && out.length > 0)) return undefined;
    if (m[1] !== undefined || m[2] !== undefined) out.push((m[1] ?? m[2])!);
    else if (m[3] !== undefined) out.push(Number(m[3]));
    else {
      try {
        out.push(JSON.parse(m[4]!) as string);
      } catch {
        return undefined;
      }
    }
    rest = rest.slice(m[0].length);
  }
  return out;
}

/** The value at `path` in a document, and whether the document holds one there. */
function at(doc: unknown, path: readonly Segment[]): { has: boolean; value: unknown } {
  let v = doc;
  for (const k of path) {
    if (typeof k === 'number') {
      if (!Array.isArray(v) || k >= v.length) return { has: false, value: undefined };
      v = v[k];
    } else {
      if (!isPlainObject(v) || !Object.hasOwn(v, k)) return { has: false, value: undefined };
      v = v[k];
    }
  }
  return { has: true, value: v };
}

function sameJson(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

/** The problems with every value of a withheld document replaced by a note naming the document. */
export function withoutQuotes(problems: readonly Problem[], own: unknown, bases: readonly Base[]): Problem[] {
  if (bases.every((b) => b.quote)) return [...problems];
  return problems.map((p) => {
    const path = splitPath(p.path);
    if (!path) return p;
    const mine = at(own, path);
    if (mine.has && sameJson(mine.value, p.value)) return p;
    const holder = bases.find((b) => !b.quote && at(b.doc, path).has);
    if (!holder) return p;
    // An unknown key read from that file is its content; the path up to it is made of declared
    // keys (validation descends only into those), so it can be shown.
    const unknownKey = p.allowed.startsWith('no such key');
    const parent = path.slice(0, -1).reduce<string>((s, k) => joinPath(s, k), '');
    const shownPath = unknownKey ? `${parent || '(top level)'} (a key)` : p.path;
    // The nearest known key would hint at the withheld one: only the list of known keys stays.
    const allowed = unknownKey
      ? p.allowed.replace(/^no such key \(did you mean [^;]*\?\)/, 'no such key')
      : p.allowed;
    return { path: shownPath, value: new Withheld(holder.label), allowed };
  });
}
