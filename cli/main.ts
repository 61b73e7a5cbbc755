/** The `kiez` command line: dispatch to a command; user mistakes exit 2 with one line each. */
import { KIEZ_VERSION } from '../sim/version.ts';
import { measuresCommand, measuresUsage } from './commands/measures.ts';
import { paramsCommand, schemaCommand } from './commands/params.ts';
import { compareCommand, compareUsage } from './commands/compare.ts';
import { mergeCommand, mergeUsage } from './commands/merge.ts';
import { runCommand, runUsage } from './commands/run.ts';
import { sweepCommand, sweepUsage } from './commands/sweep.ts';
import { validateCommand, validateUsage } from './commands/validate.ts';
import { differenceCommand, differenceUsage } from './commands/difference.ts';
import { profileCommand, profileUsage } from './commands/profile.ts';
import { sensitivityCommand, sensitivityUsage } from './commands/sensitivity.ts';
import { EXIT_FAILURE, EXIT_USAGE, UsageError } from './errors.ts';

type Command = { run: (args: string[]) => Promise<number>; usage: string; summary: string };

const commands: Record<string, Command> = {
  run: {
    run: runCommand,
    usage: runUsage,
    summary: 'run one scenario, write metrics per tick (and the final state)',
  },
  validate: {
    run: validateCommand,
    usage: validateUsage,
    summary: 'check scenario files, print every problem',
  },
  params: {
    run: paramsCommand,
    usage: 'kiez params',
    summary: 'list every parameter with unit, default, range, meaning',
  },
  measures: {
    run: measuresCommand,
    usage: measuresUsage,
    summary: 'list every segregation index and outcome measure; --table: every index of observed counts',
  },
  schema: { run: schemaCommand, usage: 'kiez schema', summary: 'print the JSON Schema of scenario files' },
  sweep: {
    run: sweepCommand,
    usage: sweepUsage,
    summary: 'run a parameter grid with replicates on worker threads: tidy CSV + manifest',
  },
  merge: { run: mergeCommand, usage: mergeUsage, summary: 'join the parts of a sharded sweep' },
  sensitivity: {
    run: sensitivityCommand,
    usage: sensitivityUsage,
    summary: "Sobol' indices (S1, ST with intervals) or Morris mu*, sigma of a measure in a finished sweep",
  },
  compare: {
    run: compareCommand,
    usage: compareUsage,
    summary: 'two scenarios over the same seeds: means, spread and difference of every measure',
  },
  difference: {
    run: differenceCommand,
    usage: differenceUsage,
    summary: 'decompose the change in M between two states (tables, state exports or scenarios)',
  },
  profile: {
    run: profileCommand,
    usage: profileUsage,
    summary: 'one index over radii 1..R and every container scale, in order of size (multiscale profile)',
  },
};

function help(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    `kiez ${KIEZ_VERSION}: residential mobility, migration and segregation, simulated`,
    '',
    'usage: kiez COMMAND [options]    (kiez COMMAND --help for its options)',
    '',
    'commands:',
    ...lines,
    '',
    'Exit codes: 0 ok, 1 internal error, 2 bad input (scenario, flags, files), 130 interrupted (Ctrl-C).',
    '',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${KIEZ_VERSION}\n`);
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(
      `kiez: unknown command ${JSON.stringify(name)}; commands: ${Object.keys(commands).join(', ')}\n`,
    );
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      for (const line of e.lines) process.stderr.write(`kiez ${name}: ${line}\n`);
      return EXIT_USAGE;
    }
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`kiez ${name}: internal error: ${msg}\n`);
    if (process.env['KIEZ_DEBUG'] && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    return EXIT_FAILURE;
  }
}
