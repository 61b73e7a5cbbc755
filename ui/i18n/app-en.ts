/**
 * English texts of the start page, the answer panels, compare's differences and the exports (issue
 * 17), kept apart from en.ts so that other work on the page's texts merges without conflicts.
 */
export const appEn = {
  tickAxis: 'tick (month)',
} as const;
