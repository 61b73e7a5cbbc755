/** Errors the user can fix: printed as one line, exit code 2, never a stack trace. */
import type { Problem } from '../sim/params/spec.ts';
import { formatProblem } from '../sim/params/validate.ts';

export class UsageError extends Error {
  readonly lines: readonly string[];
  constructor(lines: string | readonly string[]) {
    const all = typeof lines === 'string' ? [lines] : lines;
    super(all.join('\n'));
    this.name = 'UsageError';
    this.lines = all;
  }

  static fromProblems(problems: readonly Problem[], source: string): UsageError {
    return new UsageError(problems.map((p) => `${source}: ${formatProblem(p)}`));
  }
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
