/**
 * Declared command-line flags: each flag once (name, value, meaning, and for whole numbers the range),
 * from which a command's parser, its usage line and its `--help` are made. The seed and ticks flags
 * take their range and meaning from the scenario's parameter declaration, so no limit is copied.
 */
import type { ParseArgsConfig } from 'node:util';
import { sweepFields } from '../sim/batch/sweep.ts';
import { scenarioFields } from '../sim/scenario/spec.ts';
import { intFlag, parseFlags } from './args.ts';

export interface Flag {
  readonly name: string;
  readonly short?: string;
  /** 'int' is a whole number within [min, max], checked when parsed. */
  readonly kind: 'string' | 'boolean' | 'int';
  readonly multiple?: boolean;
  /** Shown without brackets in the usage line (the command checks that it is given). */
  readonly required?: boolean;
  /** What the value looks like in the usage line (`N`, `FILE.csv`); none for a boolean. */
  readonly value?: string;
  readonly meaning: string;
  readonly min?: number;
  readonly max?: number;
}

export interface CommandSpec {
  readonly name: string;
  /** What follows the command name before the flags (`SCENARIO.json`, `A.json B.json`). */
  readonly operands: string;
  readonly summary: string;
  readonly flags: readonly Flag[];
  /** Paragraphs printed after the flags by `--help`. */
  readonly notes?: string;
}

const seedSpec = scenarioFields.seed;
const ticksSpec = scenarioFields.ticks;

/** `--seed N`, ranged as the scenario's `seed`. */
export const seedFlag = {
  name: 'seed',
  kind: 'int',
  value: 'N',
  min: seedSpec.min,
  max: seedSpec.max,
  meaning: "seed of the run, overriding the scenario's",
} as const satisfies Flag;

/** `--ticks N`, ranged as the scenario's `ticks`. */
export const ticksFlag = {
  name: 'ticks',
  kind: 'int',
  value: 'N',
  min: ticksSpec.min,
  max: ticksSpec.max,
  meaning: "ticks to run, overriding the scenario's",
} as const satisfies Flag;

/** Most replicates of one point: the sweep declaration's limit of `replicates`. */
export const MAX_REPLICATES = sweepFields.replicates.max;

/** Most worker threads a command starts (more than any machine has cores). */
export const MAX_JOBS = 4096;

/** The largest tick a run can reach: the scenario declaration's limit of `ticks`. */
export const MAX_TICKS = ticksSpec.max;

export const allowExtendsFlag = {
  name: 'allow-extends',
  kind: 'string',
  multiple: true,
  value: 'DIR',
  meaning: 'a folder whose scenarios any scenario may extend (repeatable)',
} as const satisfies Flag;

export const yesFlag = {
  name: 'yes',
  short: 'y',
  kind: 'boolean',
  meaning: 'start even when the estimated cost needs confirming',
} as const satisfies Flag;

/** `--jobs N`: worker threads. */
export const jobsFlag = {
  name: 'jobs',
  short: 'j',
  kind: 'int',
  value: 'N',
  min: 1,
  max: MAX_JOBS,
  meaning: 'worker threads (default: the number of cores)',
} as const satisfies Flag;

export const helpFlag = {
  name: 'help',
  short: 'h',
  kind: 'boolean',
  meaning: 'print this help',
} as const satisfies Flag;

function flagUsage(f: Flag): string {
  return f.value ? `--${f.name} ${f.value}` : `--${f.name}`;
}

/** Widest flag column in `--help`; longer flags put their meaning on a line of its own. */
const HELP_COLUMN = 28;

/** One line: `kiez NAME OPERANDS [--flag V] ...` (help left out). */
export function usageLine(spec: CommandSpec): string {
  const flags = spec.flags
    .filter((f) => f.name !== 'help')
    .map((f) => ('required' in f && f.required ? flagUsage(f) : `[${flagUsage(f)}]`));
  return [`kiez ${spec.name}`, spec.operands, ...flags].filter((s) => s !== '').join(' ');
}

/** `--help`: the summary, the usage line, one line per flag with its meaning and range, the notes. */
export function helpText(spec: CommandSpec): string {
  const left = spec.flags.map((f) => (f.short ? `-${f.short}, ${flagUsage(f)}` : `    ${flagUsage(f)}`));
  // A long flag gets its meaning on the next line, so the meanings of the others stay readable.
  const width = Math.max(...left.map((l) => (l.length <= HELP_COLUMN ? l.length : 0)));
  const lines = spec.flags.map((f, i) => {
    const range = f.kind === 'int' ? ` [whole number, ${f.min} to ${f.max}]` : '';
    const flag = left[i]!;
    const meaning = `${f.meaning}${range}`;
    return flag.length <= HELP_COLUMN
      ? `  ${flag.padEnd(width)}  ${meaning}`
      : `  ${flag}
  ${' '.repeat(width)}  ${meaning}`;
  });
  return [
    `kiez ${spec.name}: ${spec.summary}`,
    '',
    `usage: ${usageLine(spec)}`,
    '',
    'options:',
    ...lines,
    ...(spec.notes ? ['', spec.notes.trimEnd()] : []),
    '',
  ].join('\n');
}

type FlagValue<F extends Flag> = F['kind'] extends 'boolean'
  ? boolean
  : F['multiple'] extends true
    ? string[]
    : string;

/** The parsed values of a command's flags, typed by its declaration (declared `as const`). */
export type ValuesOf<S extends CommandSpec> = { [F in S['flags'][number] as F['name']]?: FlagValue<F> };

/** The whole-number flags of a command, checked against their ranges. */
export type IntsOf<S extends CommandSpec> = {
  [F in S['flags'][number] as F['kind'] extends 'int' ? F['name'] : never]?: number;
};

export interface Parsed<S extends CommandSpec = CommandSpec> {
  readonly values: ValuesOf<S>;
  readonly positionals: string[];
  /** Whole-number flags, checked against their range; absent when not given. */
  readonly ints: IntsOf<S>;
}

/** Parse `args` by the declaration; a mistake is a UsageError naming the flag and the usage line. */
export function parseCommand<const S extends CommandSpec>(spec: S, args: string[]): Parsed<S> {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const f of spec.flags) {
    options[f.name] = {
      type: f.kind === 'boolean' ? 'boolean' : 'string',
      ...(f.short ? { short: f.short } : {}),
      ...(f.multiple ? { multiple: true } : {}),
    };
  }
  const { values, positionals } = parseFlags(args, options, usageLine(spec));
  const ints: Record<string, number | undefined> = {};
  if (values['help'] !== true) {
    for (const f of spec.flags) {
      if (f.kind === 'int') {
        const raw = values[f.name];
        ints[f.name] = intFlag(f.name, typeof raw === 'string' ? raw : undefined, f.min!, f.max!);
      }
    }
  }
  return { values: values as ValuesOf<S>, positionals, ints: ints as IntsOf<S> };
}

/** True when `args` ask for help (before any `--`), whatever else they hold. */
export function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}
