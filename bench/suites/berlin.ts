/**
 * Berlin from its city file (examples/cities/berlin): the time to read the file, rasterise the 542
 * areas and place the observed start, the peak memory of the process, and the median ms per tick
 * (step, and step plus metrics as a run records them) over ticks 1-12, at 1:10 and at full scale,
 * with the median number of households searching at the end of a tick: what a tick's search round
 * costs grows with them (Berlin's unhoused arrivals search again every tick), not with the city.
 * Goals (issue 14, 2-core machine): generation and observed start at full scale within 60 s and
 * 1.5 GB; a tick at full scale within 400 ms. `npm run bench -- berlin` (KIEZ_BENCH_BERLIN=10 for
 * 1:10 only).
 */
import { withCityFile } from '../../cli/city-file.ts';
import { loadScenarioFile } from '../../cli/files.ts';
import { CityModel } from '../../sim/city/model.ts';
import { median, now, table } from '../stats.ts';

const TICKS = 12;
const SCALES = (process.env['KIEZ_BENCH_BERLIN'] ?? '10,1').split(',').map(Number);
const PATH = 'scenarios/berlin.json';

function measure(scale: number): (string | number)[] {
  const s = loadScenarioFile(PATH);
  const scenario = withCityFile({ ...s, city: { ...s.city, scale } }, PATH);
  globalThis.gc?.();
  const t0 = now();
  const model = new CityModel(scenario, 1);
  const build = now() - t0;
  const rssBuilt = process.memoryUsage().rss / 1e6;
  const steps: number[] = [];
  const ticks: number[] = [];
  const cpu: number[] = [];
  const searchers: number[] = [];
  for (let t = 0; t < TICKS; t++) {
    const start = process.cpuUsage();
    const a = now();
    model.step();
    const b = now();
    model.metrics();
    const used = process.cpuUsage(start);
    steps.push(b - a);
    ticks.push(now() - a);
    cpu.push((used.user + used.system) / 1000);
    searchers.push(model.state.searchers.size);
  }
  return [
    `1:${scale}`,
    model.state.population0,
    model.state.layout.dwellings,
    build,
    rssBuilt,
    median(steps),
    median(ticks),
    median(cpu),
    median(searchers),
    process.resourceUsage().maxRSS / 1000,
  ];
}

export async function run(): Promise<void> {
  const rows = SCALES.map(measure);
  console.log(
    `Berlin, observed start (scenarios/berlin.json); build = read, rasterise, generate, place; medians of ms per tick over ticks 1-${TICKS}; memory as resident set (MB).`,
  );
  table(
    [
      'scale',
      'households',
      'dwellings',
      'build ms',
      'RSS built MB',
      'step ms',
      'tick ms',
      'tick cpu ms',
      'searchers',
      'peak RSS MB',
    ],
    rows,
  );
}
