import { describe, expect, it } from 'vitest';
import { formatDuration, Progress } from '../../cli/batch/progress.ts';

function capture(isTTY: boolean) {
  const writes: string[] = [];
  return { out: { isTTY, write: (s: string) => writes.push(s) }, writes };
}

describe('batch progress on stderr', () => {
  it('without a terminal, one plain line at every tenth of the work, with rate and time left', () => {
    const { out, writes } = capture(false);
    let t = 0;
    const p = new Progress('kiez sweep', 20, 0, out, () => t);
    for (let i = 0; i < 20; i++) {
      t += 500;
      p.tick();
    }
    p.end();
    expect(writes).toHaveLength(10);
    expect(writes[0]).toBe('kiez sweep: 2/20 runs (10 %), 2.00 runs/s, about 9 s left\n');
    expect(writes[9]).toBe('kiez sweep: 20/20 runs (100 %), 2.00 runs/s, 10 s in all\n');
  });

  it('resumed runs count as done but not in the rate', () => {
    const { out, writes } = capture(false);
    let t = 0;
    const p = new Progress('kiez sweep', 10, 8, out, () => t);
    t = 4000;
    p.tick();
    expect(writes).toEqual(['kiez sweep: 9/10 runs (90 %), 0.25 runs/s, about 4 s left\n']);
  });

  it('on a terminal, a bar redrawn in place at most every 100 ms, and always at the end', () => {
    const { out, writes } = capture(true);
    let t = 0;
    const p = new Progress('kiez sweep', 4, 0, out, () => t);
    t = 1000;
    p.tick();
    t = 1050;
    p.tick();
    t = 1200;
    p.tick();
    t = 1210;
    p.tick();
    p.end();
    expect(writes).toHaveLength(4);
    expect(writes[0]).toBe(
      '\r\u001b[Kkiez sweep: [######..................] 1/4 runs (25 %), 1.00 runs/s, about 3 s left',
    );
    expect(writes[2]).toMatch(/\[#{24}\] 4\/4 runs \(100 %\)/);
    expect(writes[3]).toBe('\n');
  });

  it('durations read as seconds, minutes or hours', () => {
    expect([formatDuration(42.4), formatDuration(185), formatDuration(7800)]).toEqual([
      '42 s',
      '3 min 5 s',
      '2 h 10 min',
    ]);
  });
});
