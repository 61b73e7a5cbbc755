/**
 * Progress of a batch on stderr: a bar redrawn in place (runs done, rate, time left) on a terminal,
 * a plain line at every tenth of the work otherwise (logs of cluster jobs stay short and readable).
 */

export interface ProgressOutput {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

const REDRAW_MS = 100;
const BAR_WIDTH = 24;

export class Progress {
  private readonly started: number;
  private lastDraw = 0;
  private lastTenth: number;
  private done: number;

  /**
   * @param total runs of the whole batch
   * @param already runs finished before this process started (resumed), not counted in the rate
   * @param unit what is counted ("runs"; `kiez run` counts "ticks")
   */
  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly already: number,
    private readonly out: ProgressOutput,
    private readonly now: () => number = Date.now,
    private readonly unit: string = 'runs',
  ) {
    this.started = now();
    this.done = already;
    this.lastTenth = Math.floor((10 * already) / Math.max(1, total));
  }

  /** One more run finished. */
  tick(): void {
    this.done++;
    const t = this.now();
    if (this.out.isTTY) {
      if (t - this.lastDraw >= REDRAW_MS || this.done === this.total) {
        this.lastDraw = t;
        this.out.write(`\r\x1b[K${this.line(t, true)}`);
      }
      return;
    }
    const tenth = Math.floor((10 * this.done) / Math.max(1, this.total));
    if (tenth > this.lastTenth) {
      this.lastTenth = tenth;
      this.out.write(`${this.line(t, false)}\n`);
    }
  }

  /** End the bar's line (terminal) so later messages start on a fresh line. */
  end(): void {
    if (this.out.isTTY && this.done > this.already) this.out.write('\n');
  }

  private line(t: number, bar: boolean): string {
    const seconds = Math.max(1e-3, (t - this.started) / 1000);
    const rate = (this.done - this.already) / seconds;
    const left = this.total - this.done;
    const eta = rate > 0 ? formatDuration(left / rate) : '?';
    const share = this.done / Math.max(1, this.total);
    const filled = Math.round(share * BAR_WIDTH);
    const head = bar ? `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ` : '';
    return `${this.label}: ${head}${this.done}/${this.total} ${this.unit} (${Math.floor(share * 100)} %), ${rate.toFixed(2)} ${this.unit}/s, ${left > 0 ? `about ${eta} left` : `${formatDuration(seconds)} in all`}`;
  }
}

/** Seconds as "42 s", "3 min 5 s" or "2 h 10 min". */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}
