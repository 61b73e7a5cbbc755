/** The measures in the per-tick metrics of a run, their selection, and the CLI. */
import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../sim/scenario/resolve.ts';
import { createSimulation, Simulation } from '../../sim/simulation.ts';
import { classicScenario } from '../classic/scenario.ts';
import { kiez } from '../cli/kiez.ts';

describe('measures in a run', () => {
  it('by default every tick carries D and H at every block scale and radius of the classic grid', () => {
    const sim = createSimulation(classicScenario({ size: 50 }, { ticks: 3 }), 1);
    const m = sim.metrics();
    const names = Object.keys(m).filter((k) => /^(D|H)\./.test(k));
    expect(names).toEqual([
      'D.group.block3',
      'H.group.block3',
      'D.group.block5',
      'H.group.block5',
      'D.group.block10',
      'H.group.block10',
      'D.group.block25',
      'H.group.block25',
      'D.group.r1',
      'H.group.r1',
      'D.group.r2',
      'H.group.r2',
      'D.group.r5',
      'H.group.r5',
    ]);
    // The random initial mix: D on 3 x 3 blocks near its noise level of about 0.27.
    expect(m['D.group.block3']).toBeCloseTo(0.2702222222222222, 15);
  });

  it('segregation rises as the classic model runs (seed 1, threshold 3/8)', () => {
    const sim = createSimulation(classicScenario({ size: 50, stopWhenSettled: false }, { ticks: 30 }), 1);
    const before = sim.metrics();
    const after = sim.advance(30).at(-1)!;
    for (const scale of ['block3', 'block10', 'r1', 'r5']) {
      expect(after[`D.group.${scale}`]!).toBeGreaterThan(before[`D.group.${scale}`]! + 0.1);
    }
  });

  it('with every = 5 only ticks divisible by 5 carry the columns; the others omit them', () => {
    const sim = createSimulation(
      classicScenario(
        { size: 30, stopWhenSettled: false },
        { ticks: 10, measures: { every: 5, indices: 'D' } },
      ),
      2,
    );
    const series = [sim.metrics(), ...sim.advance(10)];
    const has = series.map((m) => 'D.group.block3' in m);
    expect(has).toEqual([true, false, false, false, false, true, false, false, false, false, true]);
  });

  it('every = 0 or no indices leaves the metrics as the model gives them', () => {
    for (const measures of [{ every: 0 }, { indices: '' }]) {
      const sim = createSimulation(classicScenario({ size: 20 }, { measures }), 1);
      expect(Object.keys(sim.metrics())).toEqual([
        'tick',
        'similarShare',
        'discontentedShare',
        'moves',
        'settled',
      ]);
    }
  });

  it('a snapshot restored mid-run continues with identical measures, random baseline included', () => {
    const scenario = classicScenario(
      { size: 30, stopWhenSettled: false, threshold: 0.5 },
      { ticks: 12, measures: { indices: 'D,isolation,moran', random: true, replicates: 2, every: 2 } },
    );
    const straight = createSimulation(scenario, 4);
    straight.advance(6);
    const snap = straight.snapshot();
    const rest = straight.advance(6);
    expect(Simulation.restore(snap).advance(6)).toEqual(rest);
  });

  it('a selection naming a dimension or scale the model lacks is refused when the run is created', () => {
    const scenario = classicScenario(
      { size: 20 },
      { measures: { dimensions: 'origin', scales: 'quarter,r2' } },
    );
    expect(() => createSimulation(scenario)).toThrow(ScenarioError);
    try {
      createSimulation(scenario);
    } catch (e) {
      expect((e as ScenarioError).problems.map((p) => p.path)).toEqual([
        'measures.dimensions',
        'measures.scales',
      ]);
    }
  });
});

describe('kiez measures and kiez run --measures', () => {
  it('kiez measures lists every index with its sentence', () => {
    const r = kiez(['measures']);
    expect(r.code).toBe(0);
    for (const id of ['D', 'Dgroup', 'Dpair', 'H', 'M', 'Mgroup', 'isolation', 'exposure', 'moran']) {
      expect(r.stdout).toMatch(new RegExp(`^  ${id} +[A-Z]`, 'm'));
    }
  });

  it('--measures picks indices and scales; the header names index, dimension and scale', () => {
    const r = kiez([
      'run',
      'classic-schelling',
      '--ticks',
      '2',
      '--measures',
      'indices=isolation,moran;scales=block5,r3;random=true;replicates=2',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // Each index, then its random baseline: mean, spread and p-value.
    const twins = (c: string) => [c, `${c}.random`, `${c}.random.sd`, `${c}.random.p`];
    expect(r.stdout.split('\n')[0]).toBe(
      [
        'tick,similarShare,discontentedShare,moves,settled',
        ...twins('isolation.group=group1.block5'),
        ...twins('isolation.group=group2.block5'),
        ...twins('moran.group=group1.block5'),
        ...twins('moran.group=group2.block5'),
        ...twins('isolation.group=group1.r3'),
        ...twins('isolation.group=group2.r3'),
      ].join(','),
    );
  });

  it('--measures asks for intervals: bootstrap gives .lower, .upper, .bias and .se, permutation .random.lower and .random.upper', () => {
    const boot = kiez([
      'run',
      'classic-schelling',
      '--ticks',
      '1',
      '--measures',
      'indices=D;scales=block5;interval=bootstrap;intervalReplicates=20;level=0.9',
    ]);
    expect(boot.stderr).toBe('');
    expect(boot.stdout.split('\n')[0]).toBe(
      'tick,similarShare,discontentedShare,moves,settled,D.group.block5,D.group.block5.lower,D.group.block5.upper,D.group.block5.bias,D.group.block5.se',
    );
    const perm = kiez([
      'run',
      'classic-schelling',
      '--ticks',
      '1',
      '--measures',
      'indices=D;scales=block5;interval=permutation;intervalReplicates=20',
    ]);
    expect(perm.stdout.split('\n')[0]).toBe(
      'tick,similarShare,discontentedShare,moves,settled,D.group.block5,D.group.block5.random.lower,D.group.block5.random.upper',
    );
    const none = kiez([
      'run',
      'classic-schelling',
      '--ticks',
      '1',
      '--measures',
      'interval=bootstrap;intervalReplicates=0',
    ]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      'kiez run: --measures: measures.intervalReplicates: 0: a whole number from 2 to 10000 (replicates)\n',
    );
  });

  it('bad --measures values exit 2 with one line each naming the field', () => {
    const bad = kiez(['run', 'classic-schelling', '--ticks', '1', '--measures', 'D,Gini']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /^kiez run: --measures: measures\.indices: "D,Gini": .*"Gini" is not one\)\n$/,
    );
    const scale = kiez(['run', 'classic-schelling', '--ticks', '1', '--measures', 'scales=quarter']);
    expect(scale.code).toBe(2);
    expect(scale.stderr).toMatch(/measures\.scales: "quarter": .*block3, block5/);
    const key = kiez(['run', 'classic-schelling', '--ticks', '1', '--measures', 'radius=3']);
    expect(key.code).toBe(2);
    expect(key.stderr.split('\n')).toHaveLength(2);
  });
});
