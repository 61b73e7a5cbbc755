/** The `kiez` command line: dispatch to a command; user mistakes exit 2 with one line each. */
import { KIEZ_VERSION } from '../sim/version.ts';
import { didYouMean } from '../sim/params/suggest.ts';
import { compareCommand, compareSpec } from './commands/compare.ts';
import { differenceCommand, differenceSpec } from './commands/difference.ts';
import { measuresCommand } from './commands/measures.ts';
import { measuresSpec } from './commands/measures-table.ts';
import { mergeCommand, mergeSpec } from './commands/merge.ts';
import { paramsCommand, schemaCommand } from './commands/params.ts';
import { profileCommand, profileSpec } from './commands/profile.ts';
import { runCommand, runSpec } from './commands/run.ts';
import { sweepCommand, sweepHelp, sweepSpec } from './commands/sweep.ts';
import { validateCommand, validateSpec } from './commands/validate.ts';
import { calibrateCommand, calibrateHelp, calibrateSpec } from './commands/calibrate.ts';
import { cityCommand, citySpec } from './commands/city.ts';
import { sensitivityCommand, sensitivitySpec } from './commands/sensitivity.ts';
import { EXIT_FAILURE, EXIT_USAGE, UsageError } from './errors.ts';
import { type CommandSpec, helpFlag, helpText, wantsHelp } from './flags.ts';

type Command = { run: (args: string[]) => Promise<number>; spec: CommandSpec };

const paramsSpec = {
  name: 'params',
  operands: '',
  summary: 'list every parameter with unit, default, range, meaning (Markdown)',
  flags: [helpFlag],
} as const satisfies CommandSpec;

const schemaSpec = {
  name: 'schema',
  operands: '',
  summary: 'print the JSON Schema of scenario files',
  flags: [helpFlag],
} as const satisfies CommandSpec;

/** Every command with its declaration: `kiez COMMAND --help` prints the help made from it. */
const commands: Record<string, Command> = {
  run: { run: runCommand, spec: runSpec },
  validate: { run: validateCommand, spec: validateSpec },
  city: { run: cityCommand, spec: citySpec },
  params: { run: paramsCommand, spec: paramsSpec },
  measures: { run: measuresCommand, spec: measuresSpec },
  schema: { run: schemaCommand, spec: schemaSpec },
  sweep: { run: sweepCommand, spec: sweepSpec },
  merge: { run: mergeCommand, spec: mergeSpec },
  sensitivity: { run: sensitivityCommand, spec: sensitivitySpec },
  calibrate: { run: calibrateCommand, spec: calibrateSpec },
  compare: { run: compareCommand, spec: compareSpec },
  difference: { run: differenceCommand, spec: differenceSpec },
  profile: { run: profileCommand, spec: profileSpec },
};

/** `--help` of a command: its declaration's help; the sweep's adds the reference of sweep files. */
function commandHelp(name: string, command: Command): string {
  if (name === 'sweep') return sweepHelp();
  if (name === 'calibrate') return calibrateHelp();
  return helpText(command.spec);
}

function help(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.spec.summary}`);
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
      `kiez: unknown command ${JSON.stringify(name)}${didYouMean(name, Object.keys(commands))}; commands: ${Object.keys(commands).join(', ')}\n`,
    );
    return EXIT_USAGE;
  }
  if (wantsHelp(rest)) {
    process.stdout.write(commandHelp(name, command));
    return 0;
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
