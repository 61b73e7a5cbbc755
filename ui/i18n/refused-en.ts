/** English texts of the "where the refused ended up" panel (kept apart so i18n merges stay easy). */
export const refusedEn = {
  refusedTitle: 'Where the refused ended up',
  refusedHint:
    'Households refused at least once (any reason) whose search has ended since the start: the share that moved to a quarter of each type, stayed put, gave up or left the city. Households still searching (including the unhoused) are not counted. In Compare: mean over seeds of each seed’s shares at the end.',
  refusedScenario: 'Scenario',
  refusedGroup: 'Group',
  refusedEnded: 'Searches ended',
} as const;
