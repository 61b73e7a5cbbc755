/**
 * Parameters of household behaviour and of the housing market (scenario section `behaviour`): when
 * households move, which vacancies they can get, how they choose, how incomes change, and how rents,
 * images and schools respond. Every rule's strength is one of these numbers.
 */
import { choice, int, num, record, type Values } from '../params/spec.ts';

const weight = (d: number, what: string) =>
  num({
    unit: 'utility per unit',
    default: d,
    min: -10,
    max: 10,
    step: 0.1,
    meaning: `Weight of ${what} in the utility of a dwelling (0 = ignored).`,
  });

const behaviourFields = {
  moveRate: num({
    unit: 'per tick',
    default: 0.006,
    min: 0,
    max: 1,
    step: 0.001,
    meaning:
      'Chance per tick that a contented household starts looking for another dwelling (life events, jobs).',
  }),
  dissatisfactionWeight: num({
    unit: 'per tick',
    default: 0.03,
    min: 0,
    max: 1,
    step: 0.005,
    meaning:
      'Extra chance per tick of starting to look, at full dissatisfaction with the current dwelling and neighbourhood.',
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
  socialIncomeLimit: num({
    unit: 'EUR/month',
    default: 2400,
    min: 0,
    max: 1_000_000,
    meaning: 'Income above which a household is not eligible for social housing (Wohnberechtigungsschein).',
  }),
  ownerMinIncome: num({
    unit: 'EUR/month',
    default: 3500,
    min: 0,
    max: 1_000_000,
    meaning: 'Least income needed to buy an owner-occupied dwelling (credit, savings).',
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
    meaning: 'Households arrived within this many years count as newcomers for newcomerMobility.',
  }),
  newcomerMobility: num({
    unit: 'factor',
    default: 2,
    min: 0,
    max: 20,
    step: 0.1,
    meaning: 'Rise chance multiplier for newcomers (language, first job, recognition of qualifications).',
  }),
  arrivalQuarterMobility: num({
    unit: 'factor',
    default: 1.3,
    min: 0,
    max: 20,
    step: 0.1,
    meaning:
      'Rise chance multiplier for newcomers living in an arrival quarter (networks, ethnic economy): > 1 makes it a springboard.',
  }),
  povertyTrap: num({
    unit: 'share',
    default: 0.8,
    min: 0,
    max: 1,
    step: 0.05,
    meaning:
      'Rise chance x (1 - this x share of low incomes in the quarter): concentrated poverty makes a mobility trap.',
  }),
  schoolMobility: num({
    unit: 'share',
    default: 0.6,
    min: 0,
    max: 5,
    step: 0.1,
    meaning: 'Rise chance x (1 + this x (school quality - 0.5)) for households with children.',
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
    meaning: 'Vacancy rate of a quarter at which rents are stable; below it rents rise, above it they fall.',
  }),
  rentSpeed: num({
    unit: 'share per tick',
    default: 0.004,
    min: 0,
    max: 0.1,
    step: 0.001,
    meaning:
      'Largest relative rent change per tick in a quarter (private and owner segments; social rents fixed).',
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
      "Share of the gap between a school's quality and what its quarter's composition suggests closed per tick.",
  }),
  schoolCompositionWeight: num({
    unit: 'quality per share',
    default: 0.5,
    min: 0,
    max: 5,
    step: 0.1,
    meaning:
      "How strongly the quarter's share of low incomes (against the city) pulls its school's quality down.",
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
} as const;

export const behaviourSpec = record({
  fields: behaviourFields,
  meaning:
    'How households move, search and choose, how incomes change, and how rents, images and schools respond.',
});

export type BehaviourParams = Values<typeof behaviourFields>;
