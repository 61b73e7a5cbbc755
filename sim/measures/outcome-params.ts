/** The scenario section `outcomes` (city mode): thresholds and windows of the other outcome measures. */
import { MAX_TICKS } from '../params/limits.ts';
import { bool, int, num, record, str, type Values } from '../params/spec.ts';

export const MAX_TYPES = 12;

const outcomesFields = {
  every: int({
    unit: 'ticks',
    default: 1,
    min: 0,
    max: MAX_TICKS,
    meaning:
      'Compute the outcome measures (disadvantage.*, springboard.*, typology.*) at every tick divisible by this; 0 turns them off.',
  }),
  nativeGroups: str({
    default: 'native',
    maxLength: 500,
    meaning: 'Comma-separated origin groups without a migration background; every other group has one.',
  }),
  disadvantage: record({
    meaning: 'Concentration of disadvantage: a quarter counts when all three thresholds are met.',
    fields: {
      migrantShare: num({
        unit: 'share',
        default: 0.4,
        min: 0,
        max: 1,
        step: 0.05,
        meaning: 'Least share of households with a migration background.',
      }),
      lowIncomeShare: num({
        unit: 'share',
        default: 0.4,
        min: 0,
        max: 1,
        step: 0.05,
        meaning: 'Least share of households in the low income band.',
      }),
      schoolQuality: num({
        unit: 'quality 0-1',
        default: 0.4,
        min: 0,
        max: 1,
        step: 0.05,
        meaning: 'Highest school quality that counts as a weak school.',
      }),
    },
  }),
  springboard: record({
    meaning: 'Springboard vs trap: which newcomers are followed, for how long, and what counts as a gain.',
    fields: {
      followUp: int({
        unit: 'ticks',
        default: 60,
        min: 1,
        max: 1200,
        meaning: 'Ticks since arrival after which a newcomer is judged (60 monthly ticks = 5 years).',
      }),
      window: int({
        unit: 'ticks',
        default: 12,
        min: 1,
        max: 1200,
        meaning: 'Width of the arrival window: arrivals between followUp + window and followUp ticks ago.',
      }),
      minGain: num({
        unit: 'share',
        default: 0.1,
        min: 0,
        max: 10,
        step: 0.05,
        meaning: 'Least rise of income over the income on arrival that counts as gaining (0.1 = +10 %).',
      }),
      arrivalQuartersOnly: bool({
        default: true,
        meaning: 'Follow only newcomers whose first quarter was an arrival quarter (else every newcomer).',
      }),
    },
  }),
  typology: record({
    meaning: 'Quarter typology for small-area monitoring (seeded k-means on quarter profiles).',
    fields: {
      types: int({
        unit: 'types',
        default: 5,
        min: 0,
        max: MAX_TYPES,
        meaning: 'Number of quarter types; 0 turns the typology off.',
      }),
      restarts: int({
        unit: 'runs',
        default: 5,
        min: 1,
        max: 100,
        meaning: 'k-means runs from different seeded starts; the tightest wins.',
      }),
    },
  }),
} as const;

export const outcomesSpec = record({
  fields: outcomesFields,
  meaning: 'Outcome measures of the city besides the segregation indices.',
});

export type OutcomeParams = Values<typeof outcomesFields>;
