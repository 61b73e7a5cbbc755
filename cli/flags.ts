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
export const seedFlag: Flag = {
  name: 'seed',
  kind: 'int',
  value: 'N',
  min: seedSpec.min,
  max: seedSpec.max,
  meaning: "seed of the run, overriding the scenario's",
};

/** `--ticks N`, ranged as the scenario's `ticks`. */
export const ticksFlag: Flag = {
  name: 'ticks',
  kind: 'int',
  value: 'N',
  min: ticksSpec.min,
  max: ticksSpec.max,
  meaning: "ticks to run, overriding the scenario's",
};

/** Most replicates of one point: the sweep declaration's limit of `replicates`. */
export const MAX_REPLICATES = sweepFields.replicates.max;

/** The largest tick a run can reach: the scenario declaration's limit of `ticks`. */
export const MAX_TICKS = ticksSpec.max;

export const allowExtendsFlag: Flag = {
  name: 'allow-extends',
  kind: 'string',
  multiple: true,
  value: 'DIR',
  meaning: 'a folder whose scenarios any scenario may extend (repeatable)',
};

export const yesFlag: Flag = {
  name: 'yes',
  short: 'y',
  kind: 'boolean',
  meaning: 'start even when the estimated cost needs confirming',
};

export const helpFlag: Flag = { name: 'help', short: 'h', kind: 'boolean', meaning: 'print this help' };

function flagUsage(f: Flag): string {
  return f.value ? `--${f.name} ${f.value}` : `--${f.name}`;
}

/** One line: `kiez NAME OPERANDS [--flag V] ...` (help left out). */
export function usageLine(spec: CommandSpec): string {
  const flags = spec.flags.filter((f) => f.name !== 'help').map((f) => `[${flagUsage(f)}]`);
  return [`kiez ${spec.name}`, spec.operands, ...flags].filter((s) => s !== '').join(' ');
}

/** `--help`: the summary, the usage line, one line per flag with its meaning and range, the notes. */
export function helpText(spec: CommandSpec): string {
  const left = spec.flags.map((f) => (f.short ? `-${f.short}, ${flagUsage(f)}` : `    ${flagUsage(f)}`));
  const width = Math.max(...left.map((l) => l.length));
  const lines = spec.flags.map((f, i) => {
    const range = f.kind === 'int' ? ` [whole number, ${f.min} to ${f.max}]` : '';
    return `  ${left[i]!.padEnd(width)}  ${f.meaning}${range}`;
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

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface Parsed {
  readonly values: Values;
  readonly positionals: string[];
  /** Whole-number flags, checked against their range; absent when not given. */
  readonly ints: Record<string, number | undefined>;
}

/** Parse `args` by the declaration; a mistake is a UsageError naming the flag and the usage line. */
export function parseCommand(spec: CommandSpec, args: string[]): Parsed {
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
  return { values: values as Values, positionals, ints };
}

/** A string flag's value (the last one given), or undefined. */
export function stringValue(p: Parsed, name: string): string | undefined {
  const v = p.values[name];
  return typeof v === 'string' ? v : undefined;
}
