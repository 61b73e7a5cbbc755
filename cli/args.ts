/** Command-line flags: parsed with node:util, every mistake a UsageError naming the flag. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.ts';

export function parseFlags<O extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: O,
  usage: string,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new UsageError(`${msg}\nusage: ${usage}`);
  }
}

/** `--allow-extends DIR` (repeatable): folders any scenario may extend, besides its own folder. */
export const allowExtendsOption = { 'allow-extends': { type: 'string', multiple: true } } as const;

export function extendsOptions(values: { 'allow-extends'?: string[] | undefined }): { allow: string[] } {
  return { allow: values['allow-extends'] ?? [] };
}

/** `--yes`: start a job above the cost that needs confirming (see cli/cost.ts). */
export const yesOption = { yes: { type: 'boolean', short: 'y' } } as const;

/** A whole number flag within [min, max]. */
export function intFlag(name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^-?\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name}: ${JSON.stringify(raw)}: a whole number from ${min} to ${max}`);
  }
  return n;
}

/** A word as a POSIX shell reads it back: plain words as they are, anything else in single quotes. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** How a hint names kiez: as a user starts it from a project (`npx kiez`), whatever started this process. */
export const KIEZ_COMMAND = 'npx kiez';
