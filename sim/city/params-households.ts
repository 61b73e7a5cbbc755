/**
 * Parameters of the households (scenario section `households`): the initial occupancy and the origin
 * groups, each with its own income distribution, flows in and out, discrimination it meets and
 * composition by education, milieu and household type.
 */
import { choice, int, num, nums, type Problem, record, records, str, type Values } from '../params/spec.ts';
import { sumToOneProblem } from '../params/checks.ts';

export const MAX_CITY_GROUPS = 12;
export const EDUCATION_LABELS = ['low', 'middle', 'high'] as const;
export const MILIEU_LABELS = ['traditional', 'mainstream', 'liberal', 'precarious'] as const;
export const INCOME_BAND_LABELS = ['low', 'middle', 'high'] as const;
const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;

const groupFields = {
  name: str({
    default: 'group',
    maxLength: 40,
    meaning: 'Name of the origin group (letters, digits, - and _), used in metric and column names.',
  }),
  share: num({
    unit: 'share',
    default: 1,
    min: 0,
    max: 1,
    step: 0.01,
    meaning: 'Share of the initial households that belong to this group (the shares sum to 1).',
  }),
  incomeMedian: num({
    unit: 'EUR/month',
    default: 2800,
    min: 100,
    max: 100_000,
    meaning: 'Median net monthly household income of the group (log-normal distribution).',
  }),
  incomeSigma: num({
    unit: 'log EUR',
    default: 0.55,
    min: 0,
    max: 2,
    step: 0.05,
    meaning: 'Spread of the log-normal income distribution (standard deviation of log income).',
  }),
  newcomerIncomeFactor: num({
    unit: 'share',
    default: 1,
    min: 0.1,
    max: 2,
    step: 0.05,
    meaning:
      'Income of a household arriving during the run relative to the group distribution (entry disadvantage).',
  }),
  yearsSettled: num({
    unit: 'years',
    default: 30,
    min: 0,
    max: 100,
    meaning:
      'The initial households arrived up to this many years before the start (uniformly); 0 = all just arrived.',
  }),
  arrivals: num({
    unit: 'households per 1,000 dwellings per tick',
    default: 3,
    min: 0,
    max: 200,
    step: 0.1,
    meaning: 'Households of this group moving into the city per tick, per 1,000 dwellings.',
  }),
  leaveRate: num({
    unit: 'per tick',
    default: 0.0034,
    min: 0,
    max: 0.5,
    step: 0.0005,
    meaning:
      'Chance per tick that a household of this group leaves the city for elsewhere (another city, abroad for good) or, if it intends to return, to return (see circularShare); moving to the surrounding region (regionRate) and leaving unhoused (households.unhousedMonths) come on top. Assumption; the defaults with regionRate give about 5 % of households leaving a year.',
  }),
  stayIntention: num({
    unit: 'share',
    default: 1,
    min: 0,
    max: 1,
    step: 0.05,
    meaning:
      'Share of households of the group intending to stay for good; the others intend to return (see behaviour.returnIntentionFactor).',
  }),
  circularShare: num({
    unit: 'share',
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.05,
    meaning:
      'Share of the households intending to return that, when they leave, go to the pool abroad and may come back (circular migration); the others are gone for good. Assumption.',
  }),
  monthsAbroad: num({
    unit: 'ticks',
    default: 24,
    min: 1,
    max: 600,
    meaning:
      'Mean time a household of the pool abroad stays away: each tick it returns with chance 1 / monthsAbroad, as a returner who searches like an arrival. Assumption.',
  }),
  chainShare: num({
    unit: 'share',
    default: 0.2,
    min: 0,
    max: 1,
    step: 0.05,
    meaning:
      'Share of the arriving households that come to join kin of their group already housed in the city (chain migration) and search near them (behaviour.chainSearchShare). Assumption.',
  }),
  regionRate: nums({
    unit: 'per tick',
    default: [0.0006, 0.002],
    min: 0,
    max: 0.5,
    minItems: 2,
    maxItems: 2,
    meaning:
      'Chance per tick that a household above the low income band moves out to the surrounding region (suburbanisation), without and with children. Berlin lost 34,465 persons to Brandenburg in 2019 and 35,430 in 2021, families leading (Amt für Statistik Berlin-Brandenburg): about 1 % of households a year; the split by children is an assumption.',
  }),
  asylumShare: num({
    unit: 'share',
    default: 0,
    min: 0,
    max: 1,
    step: 0.05,
    meaning:
      'Share of the arriving households that are asylum seekers under a residence obligation (placed by the authority).',
  }),
  discrimination: num({
    unit: 'probability',
    default: 0,
    min: 0,
    max: 1,
    step: 0.05,
    meaning: 'Chance that a discriminating private landlord refuses a household of this group a dwelling.',
  }),
  skillAtArrival: num({
    unit: 'skills 0-1',
    default: 1,
    min: 0,
    max: 1,
    step: 0.05,
    meaning:
      'Command of the language and of skills the local labour market recognises on arrival (0 none, 1 full): it grows over time (behaviour.skillLearning, faster with contact and courses) and scales the chance of an income rise (behaviour.skillMobility); groups below 1 have a co-ethnic network that helps early and binds later (behaviour.networkHelp, networkBind). The default groups: refugee 0.1 (90 % knew no German on arrival, IAB-BAMF-SOEP refugee survey, BAMF Brief Analysis 5|2016); eu 0.4 and established 0.4 are assumptions.',
  }),
  kinShare: num({
    unit: 'share',
    default: 0.2,
    min: 0,
    max: 1,
    step: 0.05,
    meaning:
      'Share of the initial households with a kin link to another household of the same group, mostly nearby (households.kinLinkDistance); arrivals have kin when they come as chain migrants (chainShare).',
  }),
  education: nums({
    unit: 'share',
    default: [0.2, 0.5, 0.3],
    min: 0,
    max: 1,
    minItems: 3,
    maxItems: 3,
    meaning: 'Shares of low, middle and high education in the group (summing to 1).',
  }),
  milieu: nums({
    unit: 'share',
    default: [0.25, 0.35, 0.25, 0.15],
    min: 0,
    max: 1,
    minItems: 4,
    maxItems: 4,
    meaning:
      'Shares of the milieus traditional, mainstream, liberal and precarious in the group (summing to 1).',
  }),
  children: num({
    unit: 'share',
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.05,
    meaning: 'Share of households of the group with children at home.',
  }),
} as const;

function group(name: string, o: Partial<Values<typeof groupFields>>): Partial<Values<typeof groupFields>> {
  return { name, ...o };
}

const householdFields = {
  occupancy: num({
    unit: 'share',
    default: 0.97,
    min: 0.05,
    max: 1,
    step: 0.01,
    meaning: 'Share of dwellings occupied at the start (one household per dwelling).',
  }),
  incomeBands: nums({
    unit: 'EUR/month',
    default: [1600, 4000],
    min: 0,
    max: 1_000_000,
    minItems: 2,
    maxItems: 2,
    meaning: 'Monthly incomes at which the low band ends and the high band begins (bands low, middle, high).',
  }),
  educationIncome: nums({
    unit: 'share',
    default: [0.75, 1, 1.35],
    min: 0.1,
    max: 5,
    minItems: 3,
    maxItems: 3,
    meaning: 'Income multiplier of low, middle and high education on top of the group distribution.',
  }),
  obligationMonths: int({
    unit: 'ticks',
    default: 36,
    min: 0,
    max: 600,
    meaning: 'How long the residence obligation of an arriving asylum seeker lasts (ticks after arrival).',
  }),
  unhoused: choice({
    options: ['leave', 'emergency'],
    default: 'leave',
    meaning:
      'What becomes of a household unhoused for unhousedMonths (an arrival who found nothing, a displaced household who lost its dwelling): "leave" the city, or "emergency": taken into emergency accommodation, off the housing market and still searching. Asylum seekers under the residence obligation stay and wait for the authority.',
  }),
  unhousedMonths: int({
    unit: 'ticks',
    default: 6,
    min: 0,
    max: 600,
    meaning:
      'Ticks a household stays unhoused before it leaves or goes to emergency accommodation (see unhoused); 0 = after its first failed search. Assumption.',
  }),
  kinLinkDistance: num({
    unit: 'cells',
    default: 6,
    min: 0.5,
    max: 1000,
    meaning:
      'Kin of the initial households are drawn among households within a distance drawn from an exponential distribution of this mean (raster cells), falling back to anywhere in the city: most kin live nearby. Assumption.',
  }),
  groups: records({
    item: groupFields,
    minItems: 1,
    maxItems: MAX_CITY_GROUPS,
    meaning: 'The origin groups (several, configurable; not a binary native/migrant split).',
    default: [
      group('native', {
        share: 0.72,
        incomeMedian: 2900,
        yearsSettled: 60,
        arrivals: 2.9,
        leaveRate: 0.0034,
        chainShare: 0.1,
        kinShare: 0.15,
        education: [0.15, 0.5, 0.35],
        milieu: [0.25, 0.4, 0.25, 0.1],
        children: 0.28,
      }),
      group('eu', {
        share: 0.1,
        incomeMedian: 2500,
        incomeSigma: 0.6,
        newcomerIncomeFactor: 0.8,
        yearsSettled: 15,
        arrivals: 1.2,
        leaveRate: 0.0058,
        stayIntention: 0.5,
        circularShare: 0.6,
        monthsAbroad: 18,
        chainShare: 0.2,
        skillAtArrival: 0.4,
        discrimination: 0.05,
        kinShare: 0.15,
        education: [0.25, 0.45, 0.3],
        milieu: [0.2, 0.35, 0.3, 0.15],
        children: 0.3,
      }),
      group('established', {
        share: 0.12,
        incomeMedian: 2300,
        incomeSigma: 0.5,
        newcomerIncomeFactor: 0.8,
        yearsSettled: 45,
        arrivals: 0.3,
        leaveRate: 0.0014,
        stayIntention: 0.85,
        circularShare: 0.3,
        monthsAbroad: 36,
        chainShare: 0.5,
        skillAtArrival: 0.4,
        discrimination: 0.15,
        kinShare: 0.4,
        education: [0.35, 0.5, 0.15],
        milieu: [0.4, 0.35, 0.1, 0.15],
        children: 0.4,
      }),
      group('refugee', {
        share: 0.06,
        incomeMedian: 1500,
        incomeSigma: 0.45,
        newcomerIncomeFactor: 0.7,
        yearsSettled: 10,
        arrivals: 0.45,
        leaveRate: 0.0045,
        stayIntention: 0.7,
        circularShare: 0.15,
        monthsAbroad: 36,
        chainShare: 0.4,
        asylumShare: 0.8,
        skillAtArrival: 0.1,
        discrimination: 0.3,
        kinShare: 0.35,
        education: [0.45, 0.35, 0.2],
        milieu: [0.45, 0.25, 0.1, 0.2],
        children: 0.45,
      }),
    ],
  }),
} as const;

export const householdsSpec = record({
  fields: householdFields,
  meaning: 'The households: initial occupancy and the origin groups.',
  check: (v) => {
    const problems: Problem[] = [];
    const shares = v.groups.map((g) => g.share);
    problems.push(...sumToOneProblem('groups', shares, shares, 'group shares'));
    const seen = new Set<string>();
    v.groups.forEach((g, i) => {
      if (!NAME_PATTERN.test(g.name) || seen.has(g.name)) {
        problems.push({
          path: `groups[${i}].name`,
          value: g.name,
          allowed: 'a unique name of letters, digits, - and _, starting with a letter',
        });
      }
      seen.add(g.name);
      for (const key of ['education', 'milieu'] as const) {
        const s = g[key].reduce((a, b) => a + b, 0);
        if (Math.abs(s - 1) > 1e-6) {
          problems.push({
            path: `groups[${i}].${key}`,
            value: g[key],
            allowed: `shares summing to 1 (they sum to ${+s.toFixed(6)})`,
          });
        }
      }
    });
    const [low, high] = v.incomeBands as [number, number];
    if (low >= high) {
      problems.push({ path: 'incomeBands', value: v.incomeBands, allowed: 'two increasing incomes' });
    }
    return problems;
  },
});

export type HouseholdParams = Values<typeof householdFields>;
export type GroupParams = Values<typeof groupFields>;
