/**
 * Converts the Berlin test data (LOR Planungsräume 2021, population 31.12.2024, MSS 2021, dwellings
 * 2023; see its README for sources and licences) into kiez's city file format:
 * examples/cities/berlin/berlin.csv, berlin.geojson (full boundaries, for generation) and
 * berlin-display.geojson (simplified, for the map). Run: npx tsx scripts/berlin-city-file.ts [data folder].
 *
 * The mapping, documented in examples/cities/berlin/README.md:
 * - groups: native = Germans without a migration background; germanmb = Germans with one; the
 *   foreigners split into eu and thirdcountry by MSS K17 (non-EU share of foreigners, 2020; the city's
 *   pooled share where an area has none), so foreigners = eu + thirdcountry exactly in every area.
 * - share.transfer = S3 (transfer receipt, not unemployed, % of residents) + S1 (unemployed, % of
 *   residents 15-64) x the area's share aged 15-64; empty where MSS is invalid.
 * - image and school from the MSS status index: 1 high 0.75, 2 medium 0.55, 3 low 0.35, 4 very low 0.2.
 * - arrival = 1 for the fifth of areas with the highest migration volume (MSS K11).
 * - dwellings where the 2023 table has the area (434 of 542), empty elsewhere.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../sim/measures/count-table.ts';
import { csvField } from '../sim/csv.ts';

const from = process.argv[2] ?? '/work/shared/data/berlin';
const to = join(import.meta.dirname, '..', 'examples', 'cities', 'berlin');
mkdirSync(to, { recursive: true });

const rows = parseCsv(readFileSync(join(from, 'berlin_plr_2021_indicators.csv'), 'utf8'));
const head = rows[0]!;
const data = rows.slice(1).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
const num = (x: string) => (x === '' ? Number.NaN : Number(x));

// The city's pooled non-EU share of foreigners, for areas without K17.
let nonEu = 0;
let foreignValid = 0;
for (const r of data) {
  const k17 = num(r['mss_k17_non_eu_foreigners_pct']!);
  if (Number.isFinite(k17)) {
    nonEu += (k17 / 100) * num(r['foreigners']!);
    foreignValid += num(r['foreigners']!);
  }
}
const pooledNonEu = nonEu / foreignValid;
const k11 = data
  .map((r) => num(r['mss_k11_migration_volume_pct_pa']!))
  .filter(Number.isFinite)
  .sort((a, b) => a - b);
const arrivalFrom = k11[Math.floor(k11.length * 0.8)]!;
const STATUS_SCORE: Record<string, number> = { '1.0': 0.75, '2.0': 0.55, '3.0': 0.35, '4.0': 0.2 };

const columns = [
  'id',
  'name',
  'parent.bzr',
  'parentName.bzr',
  'parent.pgr',
  'parentName.pgr',
  'parent.district',
  'parentName.district',
  'persons.native',
  'persons.germanmb',
  'persons.eu',
  'persons.thirdcountry',
  'dwellings',
  'share.transfer',
  'image',
  'school',
  'arrival',
];
const out = [columns.join(',')];
const totals = { native: 0, germanmb: 0, eu: 0, thirdcountry: 0 };
for (const r of data) {
  const foreigners = num(r['foreigners']!);
  const k17 = num(r['mss_k17_non_eu_foreigners_pct']!);
  const thirdcountryN = Math.round(foreigners * (Number.isFinite(k17) ? k17 / 100 : pooledNonEu));
  const pop = num(r['pop_total']!);
  const age15to64 = ['age_15_17', 'age_18_26', 'age_27_44', 'age_45_54', 'age_55_64'].reduce(
    (s, k) => s + num(r[k]!),
    0,
  );
  const s1 = num(r['mss_s1_unemployment_pct']!);
  const s3 = num(r['mss_s3_transfer_receipt_pct']!);
  const transfer =
    Number.isFinite(s1) && Number.isFinite(s3) && pop > 0
      ? Math.min(1, (s3 + (s1 * age15to64) / pop) / 100)
      : Number.NaN;
  const score = STATUS_SCORE[r['mss_status_index_class']!];
  const volume = num(r['mss_k11_migration_volume_pct_pa']!);
  const persons = {
    native: num(r['germans_without_mb']!),
    germanmb: num(r['germans_with_mb']!),
    eu: foreigners - thirdcountryN,
    thirdcountry: thirdcountryN,
  };
  for (const [k, v] of Object.entries(persons)) totals[k as keyof typeof totals] += v;
  const line = [
    r['plr_id']!,
    r['plr_name']!,
    r['bzr_id']!,
    r['bzr_name']!,
    r['pgr_id']!,
    r['pgr_name']!,
    r['district_id']!,
    r['district_name']!,
    persons.native,
    persons.germanmb,
    persons.eu,
    persons.thirdcountry,
    r['dwellings_2023'] ?? '',
    Number.isFinite(transfer) ? +transfer.toFixed(5) : '',
    score ?? '',
    score ?? '',
    Number.isFinite(volume) ? (volume >= arrivalFrom ? 1 : 0) : '',
  ];
  out.push(line.map((x) => csvField(x as string | number)).join(','));
}
writeFileSync(join(to, 'berlin.csv'), `${out.join('\n')}\n`);

/** The boundaries with properties { id, name } only, one feature a line. */
function rewrite(file: string, target: string): void {
  const doc = JSON.parse(readFileSync(join(from, file), 'utf8')) as {
    features: { properties: Record<string, string>; geometry: unknown }[];
  };
  const names = new Map(data.map((r) => [r['plr_id']!, r['plr_name']!]));
  const lines = doc.features.map((f) =>
    JSON.stringify({
      type: 'Feature',
      properties: { id: f.properties['plr_id'], name: names.get(f.properties['plr_id']!) },
      geometry: f.geometry,
    }),
  );
  writeFileSync(
    join(to, target),
    `{"type":"FeatureCollection","name":"berlin_lor_planungsraeume_2021",\n"features":[\n${lines.join(',\n')}\n]}\n`,
  );
}
rewrite('berlin_plr_2021_wgs84.geojson', 'berlin.geojson');
rewrite('berlin_plr_2021_wgs84_simplified5m.geojson', 'berlin-display.geojson');
const all = Object.values(totals).reduce((s, x) => s + x, 0);
console.log(
  `${data.length} areas, ${all} residents; pooled non-EU share of foreigners ${pooledNonEu.toFixed(4)}; arrival areas from K11 >= ${arrivalFrom}`,
);
for (const [k, v] of Object.entries(totals)) console.log(`  ${k}: ${v} (${((v / all) * 100).toFixed(2)} %)`);
