/**
 * Duplicate keys in JSON text. `JSON.parse` keeps the last of two equal keys without a word, and
 * other JSON readers keep the first: a scenario with `"ticks"` twice means different runs to
 * different tools, so it is refused, naming the key. Runs over text that `JSON.parse` accepted, so
 * it only has to find strings and structure; one pass, no allocation per value.
 */
import type { Problem } from '../params/spec.ts';
import { joinPath } from '../params/validate.ts';

interface Level {
  readonly object: boolean;
  readonly path: string;
  readonly keys: Set<string> | undefined;
  key: string;
  index: number;
  expectKey: boolean;
}

/** The first key given twice in one object of valid JSON text, as a problem; undefined if none. */
export function duplicateKey(text: string): Problem | undefined {
  const stack: Level[] = [];
  const pathHere = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    return top.object ? joinPath(top.path, top.key) : joinPath(top.path, top.index);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const object = c === 0x7b;
      stack.push({
        object,
        path: pathHere(),
        keys: object ? new Set() : undefined,
        key: '',
        index: 0,
        expectKey: object,
      });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */ && top) {
      if (top.object) top.expectKey = true;
      else top.index++;
    } else if (c === 0x22 /* " */) {
      const start = i;
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
      if (top?.object && top.expectKey) {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        if (top.keys!.has(key)) {
          return {
            path: joinPath(top.path, key),
            value: 'given twice',
            allowed: 'each key once per object (JSON readers differ on which one counts)',
          };
        }
        top.keys!.add(key);
        top.key = key;
        top.expectKey = false;
      }
    }
  }
  return undefined;
}
