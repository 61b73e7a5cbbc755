/**
 * The city file's columns, declared once: what each holds, its kind, unit and range. Validation
 * (`city-table.ts`), `kiez city schema` and the table in docs/own-city.md are all read from here.
 * A column name is either fixed (`id`) or a family with a name after the dot (`persons.<group>`,
 * `parent.<scale>`): the part after the dot names a group or a scale.
 */

export type ColumnKind = 'id' | 'text' | 'count' | 'share' | 'money' | 'score' | 'flag';

export interface ColumnSpec {
  /** Column name, or a family `prefix.<what>`. */
  readonly column: string;
  readonly kind: ColumnKind;
  /** A required fixed column, or a family of which at least one column is required. */
  readonly required: boolean;
  readonly unit: string;
  readonly meaning: string;
}

/** Longest id or name accepted (longer text is a sign of a column mix-up). */
export const MAX_TEXT = 200;

export const CITY_COLUMNS: readonly ColumnSpec[] = [
  {
    column: 'id',
    kind: 'id',
    required: true,
    unit: 'text',
    meaning:
      'Id of the statistical area (the finest scale), unique; joins the row to the boundary feature whose `id` (or properties.id) it equals. Keep leading zeros.',
  },
  {
    column: 'name',
    kind: 'text',
    required: true,
    unit: 'text',
    meaning: 'Name of the area, shown on the map and in profiles.',
  },
  {
    column: 'parent.<scale>',
    kind: 'id',
    required: false,
    unit: 'text',
    meaning:
      "Id of the unit of a coarser scale the area lies in, one column per scale, finest first (Berlin: parent.bzr, parent.pgr, parent.district). Each unit must lie in one unit of every coarser scale (the scales nest); the last is the model's district.",
  },
  {
    column: 'parentName.<scale>',
    kind: 'text',
    required: false,
    unit: 'text',
    meaning: 'Name of the parent unit of that scale (optional; the same for every row of the unit).',
  },
  {
    column: 'persons.<group>',
    kind: 'count',
    required: true,
    unit: 'persons',
    meaning:
      "Residents of the area in each origin group (whole numbers, at least 0); the groups must be the scenario's origin groups, and together they are everyone (the total population).",
  },
  {
    column: 'households',
    kind: 'count',
    required: false,
    unit: 'households',
    meaning:
      'Households living in the area. Empty or absent: persons / city.real.householdSize. Households by group follow the persons by group.',
  },
  {
    column: 'dwellings',
    kind: 'count',
    required: false,
    unit: 'dwellings',
    meaning:
      'Dwellings in the area. Empty or absent, or fewer than the households need: households / (1 - city.real.vacancy).',
  },
  {
    column: 'dwellings.social',
    kind: 'count',
    required: false,
    unit: 'dwellings',
    meaning:
      'Social (rent-controlled, income-tested) dwellings. Empty: city.real.socialShare of the dwellings.',
  },
  {
    column: 'dwellings.owner',
    kind: 'count',
    required: false,
    unit: 'dwellings',
    meaning:
      'Owner-occupied dwellings. Empty: city.real.ownerShare of the dwellings. The rest is private rental.',
  },
  {
    column: 'share.transfer',
    kind: 'share',
    required: false,
    unit: 'share',
    meaning:
      "Share of households living on basic security (transfer receipt): in the observed start this share of the area's households gets an income at most households.transferIncome. Empty: the city's mean over the areas that give it.",
  },
  {
    column: 'rent',
    kind: 'money',
    required: false,
    unit: 'EUR/month',
    meaning: 'Mean monthly rent of a private dwelling of the area at the start. Empty: city.real.rent.',
  },
  {
    column: 'image',
    kind: 'score',
    required: false,
    unit: '0-1',
    meaning: 'Image (reputation) of the area at the start, 0 stigmatised to 1 coveted. Empty: 0.5.',
  },
  {
    column: 'school',
    kind: 'score',
    required: false,
    unit: '0-1',
    meaning: "Quality of the area's catchment school at the start, 0 to 1. Empty: 0.5.",
  },
  {
    column: 'arrival',
    kind: 'flag',
    required: false,
    unit: '0 or 1',
    meaning: '1 for an arrival quarter (where newcomers typically first settle). Empty: 0.',
  },
];

/** The declaration of a header cell: its spec and, for a family, the name after the dot. */
export function columnSpecOf(header: string): { spec: ColumnSpec; name?: string } | undefined {
  for (const spec of CITY_COLUMNS) {
    const family = spec.column.indexOf('.<');
    if (family < 0) {
      if (header === spec.column) return { spec };
      continue;
    }
    const prefix = spec.column.slice(0, family + 1);
    if (header.startsWith(prefix) && header.length > prefix.length) {
      const name = header.slice(prefix.length);
      // A fixed column with a dot (dwellings.social) wins over a family of the same prefix.
      if (!CITY_COLUMNS.some((s) => s.column === header)) return { spec, name };
    }
  }
  return undefined;
}

/** What a value of each kind may be, in the words of a problem's `allowed`. */
export const KIND_ALLOWED: Record<ColumnKind, string> = {
  id: `non-empty text of at most ${MAX_TEXT} characters`,
  text: `text of at most ${MAX_TEXT} characters`,
  count: 'a whole number at least 0',
  share: 'a number from 0 to 1',
  money: 'a number above 0',
  score: 'a number from 0 to 1',
  flag: '0 or 1',
};

/** The columns as a Markdown table (docs/own-city.md and `kiez city schema`). */
export function cityColumnsMarkdown(): string {
  const rows = CITY_COLUMNS.map(
    (c) =>
      `| \`${c.column}\` | ${c.required ? 'required' : 'optional'} | ${c.unit} | ${KIND_ALLOWED[c.kind]} | ${c.meaning} |`,
  );
  return ['| column | | unit | values | meaning |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}
