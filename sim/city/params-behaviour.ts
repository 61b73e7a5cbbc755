/**
 * Parameters of household behaviour and of the housing market (scenario section `behaviour`): when
 * households move, which vacancies they can get, how they choose, how incomes change, and how rents,
 * images and schools respond. Every rule's strength is one of these numbers.
 */
import { choice, int, num, record, type Values } from '../params/spec.ts';
import { groupPreferencesSpec } from './params-preferences.ts';
import { mechanismFields } from './params-mechanisms.ts';

const weight = (d: number, what: string) =>
  num({
    unit: 'utility per unit',
    default: d,
    min: -10,
    max: 10,
    step: 0.1,
    meaning: `Weight of ${what} in the utility of a dwelling (0 = ignored).`,
  });

/** Where the default move rate comes from (quoted in the meanings of moveRate and dissatisfactionWeight). */
const MOVE_RATE_SOURCE =
  'With the default dissatisfactionWeight and moveRate, about 9-10 % of rented dwellings change tenants a year (metric rentalTurnover), as Techem reports for German cities: 9.1 % in the 20 largest cities 2015, 8.6 % 2016, 9.9 % across the Länder 2013 (as reported by Techem and the Berliner Mieterverein).';

const behaviourFields = {
  moveRate: num({
    unit: 'per tick',
    default: 0.0022,
    min: 0,
    max: 1,
    step: 0.0001,
    meaning: `Chance per tick that a contented household starts looking for another dwelling (life events, jobs). ${MOVE_RATE_SOURCE}`,
  }),
  dissatisfactionWeight: num({
    unit: 'per tick',
    default: 0.012,
    min: 0,
    max: 1,
    step: 0.001,
    meaning: `Extra chance per tick of starting to look, at full dissatisfaction with the current dwelling and neighbourhood. ${MOVE_RATE_SOURCE}`,
  }),
  aspiration: num({
    unit: 'normalised utility',
    default: 0.3,
    min: -1,
    max: 1,
    step: 0.05,
    meaning:
      'Normalised utility (utility / sum of absolute weights) below which a household grows dissatisfied; dissatisfaction = aspiration - utility, capped to 0..1.',
  }),
  maxSearchTicks: int({
    unit: 'ticks',
    default: 12,
    min: 1,
    max: 600,
    meaning: 'A voluntary searcher who finds nothing gives up after this many ticks and stays where it is.',
  }),
  sampleSize: int({
    unit: 'vacancies',
    default: 12,
    min: 1,
    max: 200,
    meaning:
      'Number of vacancies a searching household looks at each tick (drawn at random from all vacancies).',
  }),
  choice: choice({
    options: ['logit', 'threshold'],
    default: 'logit',
    meaning:
      '"logit": multinomial logit over the vacancies it can get and its current dwelling (Bruch & Mare 2006); "threshold": a vacancy is acceptable when its block has at least ownShareThreshold of the own origin and its utility is at least the current one; one acceptable vacancy is taken at random.',
  }),
  logitScale: num({
    unit: '1/utility',
    default: 4,
    min: 0,
    max: 100,
    step: 0.5,
    meaning: 'Scale of the logit: choice probabilities grow with exp(scale x utility); 0 = choice at random.',
  }),
  ownShareThreshold: num({
    unit: 'share',
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.05,
    meaning: 'Threshold choice: least share of the own origin in the block that a household accepts.',
  }),
  priceWeight: weight(2, 'affordability (minus the rent burden: rent / income)'),
  qualityWeight: weight(1, 'dwelling quality (0-1)'),
  ownOriginWeight: weight(1, 'the share of households of the own origin in the block'),
  statusWeight: weight(1, 'neighbourhood status (share of high minus share of low incomes in the block)'),
  milieuWeight: weight(0.5, 'the share of households of the same milieu in the block'),
  kinWeight: weight(1, 'nearness to kin (exp(-distance / kinDistance))'),
  schoolWeight: weight(1, 'the quality of the catchment school (households with children)'),
  imageWeight: weight(0.5, "the quarter's image"),
  groupPreferences: groupPreferencesSpec,
  schoolWeightNoChildren: num({
    unit: 'share',
    default: 0.2,
    min: 0,
    max: 1,
    step: 0.05,
    meaning: 'Share of the school weight that counts for households without children.',
  }),
  chainSearchShare: num({
    unit: 'share',
    default: 0.5,
    min: 0,
    max: 1,
    step: 0.05,
    meaning:
      "Share of the vacancies an unhoused chain migrant looks at each tick that are drawn from its kin's quarter (the kin's networks); the rest from the whole city. Assumption.",
  }),
  kinDistance: num({
    unit: 'cells',
    default: 5,
    min: 0.1,
    max: 1000,
    meaning: 'Distance over which the pull of kin falls by a factor e (raster cells).',
  }),
  maxRentBurden: num({
    unit: 'share of income',
    default: 0.45,
    min: 0.05,
    max: 100,
    step: 0.05,
    meaning: 'Largest rent / income a household can take on (affordability); 100 = no affordability limit.',
  }),
  transferIncome: num({
    unit: 'EUR/month',
    default: 1000,
    min: 0,
    max: 1_000_000,
    meaning:
      'Households with an income up to this live on basic security (Bürgergeld, SGB II/XII), which pays their rent up to coveredRent: for them a dwelling is affordable, and they are never displaced, while its cost stays within that limit. Assumption: about the basic-security level of a one- to two-person household with its rent.',
  }),
  coveredRent: num({
    unit: 'EUR/month',
    default: 500,
    min: 0,
    max: 100_000,
    meaning:
      'Rent the basic-security office pays for a household living on transfers (the appropriateness limit, Angemessenheitsgrenze der Kosten der Unterkunft). Assumption: 500 EUR, within the limits German cities set for one- to two-person households.',
  }),
  socialIncomeLimit: num({
    unit: 'EUR/month',
    default: 2400,
    min: 0,
    max: 1_000_000,
    meaning: 'Income above which a household is not eligible for social housing (Wohnberechtigungsschein).',
  }),
  priceToRent: num({
    unit: 'years',
    default: 25,
    min: 1,
    max: 100,
    meaning:
      'Price of an owner-occupied dwelling in years of its monthly owner cost x 12 (the price-to-rent multiple, Kaufpreisfaktor). Assumption: 25, within the 20-35 reported for German cities in the 2010s and 2020s.',
  }),
  maxPriceToIncome: num({
    unit: 'years of net income',
    default: 8,
    min: 0,
    max: 100,
    meaning:
      'Mortgage rule: a household can buy an owner-occupied dwelling whose price is at most this many years of its net income (with the default priceToRent: an owner cost of at most 8 / 25 = 32 % of income). Assumption: lenders rarely finance more than 7-9 annual net incomes; 0 = nobody can buy.',
  }),
  socialOffers: int({
    unit: 'households',
    default: 30,
    min: 1,
    max: 10_000,
    meaning:
      'A vacant social dwelling is offered to at most this many households from the head of the waiting list each tick (first come, first served among the eligible who can afford it and are not refused); if none takes it, it waits for the next tick. Assumption.',
  }),
  socialDiscriminationFactor: num({
    unit: 'share',
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.05,
    meaning:
      'Discrimination by social landlords relative to private ones (0 = none in social housing, 1 = as much).',
  }),
  upRate: num({
    unit: 'per tick',
    default: 0.006,
    min: 0,
    max: 1,
    step: 0.001,
    meaning: 'Base chance per tick of an income rise (job, promotion, recognised qualification).',
  }),
  downRate: num({
    unit: 'per tick',
    default: 0.003,
    min: 0,
    max: 1,
    step: 0.001,
    meaning: 'Chance per tick of an income loss (job loss, separation).',
  }),
  incomeFloor: num({
    unit: 'EUR/month',
    default: 600,
    min: 0,
    max: 100_000,
    meaning:
      'Least household income (basic social security): an income loss never takes a household below it.',
  }),
  upStep: num({
    unit: 'share',
    default: 0.15,
    min: 0,
    max: 5,
    step: 0.01,
    meaning: 'Relative income gain of a rise.',
  }),
  downStep: num({
    unit: 'share',
    default: 0.12,
    min: 0,
    max: 0.95,
    step: 0.01,
    meaning: 'Relative income loss of a fall.',
  }),
  educationMobility: num({
    unit: 'share',
    default: 0.5,
    min: 0,
    max: 5,
    step: 0.1,
    meaning: 'Rise chance x (1 + this x (education - 1)): education 0, 1, 2 = low, middle, high.',
  }),
  newcomerYears: num({
    unit: 'years',
    default: 5,
    min: 0,
    max: 50,
    meaning:
      'Households arrived within this many years count as newcomers: the co-ethnic network helps them (networkHelp) and binds them afterwards (networkBind).',
  }),
  povertyTrap: num({
    unit: 'share',
    default: 0.8,
    min: 0,
    max: 1,
    step: 0.05,
    meaning:
      'Rise chance x (1 - this x share of low incomes among the other households of the block): neighbours out of work pass on fewer job leads (social isolation in concentrated poverty, Wilson 1987). Assumption.',
  }),
  schoolMobility: num({
    unit: 'share',
    default: 0.6,
    min: 0,
    max: 5,
    step: 0.1,
    meaning:
      'Rise chance x (1 + this x (quality of the school the children attend - 0.5)) for households with children (the school attended, after any avoidance, not the catchment school). Assumption.',
  }),
  returnIntentionFactor: num({
    unit: 'factor',
    default: 3,
    min: 0,
    max: 100,
    step: 0.5,
    meaning: 'Leave chance multiplier for households intending to return.',
  }),
  secondaryMoveShare: num({
    unit: 'share',
    default: 0.5,
    min: 0,
    max: 1,
    step: 0.05,
    meaning:
      'Share of asylum seekers who start looking for a dwelling of their own when the residence obligation ends.',
  }),
  displacementBurden: num({
    unit: 'share of income',
    default: 0.6,
    min: 0.05,
    max: 100,
    step: 0.05,
    meaning:
      'Rent burden above which a household risks losing its dwelling (arrears, notice after a rent rise).',
  }),
  displacementRate: num({
    unit: 'per tick',
    default: 0.05,
    min: 0,
    max: 1,
    step: 0.01,
    meaning: 'Chance per tick that a household above displacementBurden must leave its dwelling.',
  }),
  targetVacancy: num({
    unit: 'share',
    default: 0.03,
    min: 0.001,
    max: 0.5,
    step: 0.005,
    meaning:
      "Natural vacancy rate of private rental dwellings: where a quarter's private rental vacancy is below it rents rise, above it they fall (the natural-vacancy rent adjustment of Rosen & Smith 1983). Assumption: 3 %, about the market-active vacancy of German cities outside the tightest markets (CBRE-empirica vacancy index, 2.5 % nationally in the early 2020s).",
  }),
  ownerTargetVacancy: num({
    unit: 'share',
    default: 0.02,
    min: 0.001,
    max: 0.5,
    step: 0.005,
    meaning:
      "Natural vacancy rate of owner-occupied dwellings (for sale): where a quarter's is below it prices rise, above it they fall. Assumption.",
  }),
  rentSpeed: num({
    unit: 'share per tick',
    default: 0.004,
    min: 0,
    max: 0.1,
    step: 0.001,
    meaning:
      "Largest relative change per tick of a quarter's private rents in response to its vacancy gap (social rents are fixed).",
  }),
  priceSpeed: num({
    unit: 'share per tick',
    default: 0.004,
    min: 0,
    max: 0.1,
    step: 0.001,
    meaning:
      "Largest relative change per tick of a quarter's owner-occupied prices (and owner costs) in response to its vacancy gap. Assumption: as fast as rents (rentSpeed).",
  }),
  rentTrend: num({
    unit: 'share per year',
    default: 0.01,
    min: -0.2,
    max: 0.2,
    step: 0.005,
    meaning:
      "General trend of market rents and prices relative to incomes (incomes are in money of the start year): each tick every quarter's rent and price index grows by (1 + this)^(1/12) - 1 on top of its response to vacancy. Assumption: +1 % a year, as asking rents in German cities rose faster than incomes in the 2010s (IBB Wohnungsmarktbericht 2019: Berlin asking rents +25 % 2014-2018 against +10 % disposable income per head).",
  }),
  imageSpeed: num({
    unit: 'share per tick',
    default: 0.01,
    min: 0,
    max: 1,
    step: 0.005,
    meaning:
      "Share of the gap between a quarter's image and the image its composition suggests closed per tick.",
  }),
  imageStatusWeight: num({
    unit: 'image per status',
    default: 0.6,
    min: 0,
    max: 5,
    step: 0.1,
    meaning:
      "How strongly a quarter's status (share of high minus low incomes, against the city) moves the image it tends to.",
  }),
  schoolSpeed: num({
    unit: 'share per tick',
    default: 0.005,
    min: 0,
    max: 1,
    step: 0.005,
    meaning:
      "Share of the gap between a school's quality and what its pupils' composition and any investment suggest closed per tick. Assumption.",
  }),
  schoolCompositionWeight: num({
    unit: 'quality per share',
    default: 0.5,
    min: 0,
    max: 5,
    step: 0.1,
    meaning:
      "How strongly the share of low incomes among the families of a school's pupils (against all pupils of the city) pulls its quality down: the pupils after avoidance, not the catchment's residents (processes/schools.ts). Assumption.",
  }),
  schoolAvoidance: num({
    unit: 'share',
    default: 0.4,
    min: 0,
    max: 1,
    step: 0.05,
    meaning:
      'Chance that a middle- or high-income household with children, moving into a quarter whose catchment school is below schoolAvoidanceQuality, sends its children to the best school of an adjacent quarter instead (when that one is better); 0 = everyone attends the catchment school.',
  }),
  schoolAvoidanceQuality: num({
    unit: 'quality 0-1',
    default: 0.5,
    min: 0,
    max: 1,
    step: 0.05,
    meaning:
      'School quality below which middle- and high-income households may avoid their catchment school.',
  }),
  ...mechanismFields,
} as const;

export const behaviourSpec = record({
  fields: behaviourFields,
  meaning:
    'How households move, search and choose, how incomes change, and how rents, images and schools respond.',
});

export type BehaviourParams = Values<typeof behaviourFields>;
