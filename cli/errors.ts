/** Errors the user can fix: printed as one line, exit code 2, never a stack trace. */
import type { Problem } from '../sim/params/spec.ts';
import { clip, formatProblem, MAX_ALLOWED_CHARS, MAX_PATH_CHARS } from '../sim/params/validate.ts';

/** Longest line printed: a problem's parts are cut already; a file name in a line can be long too. */
export const MAX_LINE_CHARS = MAX_PATH_CHARS + MAX_ALLOWED_CHARS + 400;

export class UsageError extends Error {
  readonly lines: readonly string[];
  constructor(lines: string | readonly string[]) {
    const all = (typeof lines === 'string' ? [lines] : lines).map((l) => clip(l, MAX_LINE_CHARS));
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
