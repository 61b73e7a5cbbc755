/**
 * Limits shared by several declarations, declared once: every count of ticks (a run's length, a
 * lever's start and end, how often a measure is taken) and every seed is bounded by these.
 */

/** Longest run, in ticks: 100,000 months is 8,333 years, beyond any question asked of the model. */
export const MAX_TICKS = 100_000;

/** Largest seed: the largest 32-bit signed integer, which every seed derivation keeps exact. */
export const MAX_SEED = 2_147_483_647;
