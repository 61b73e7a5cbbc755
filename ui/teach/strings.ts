/**
 * The teaching view's own words, in German and English. Kept beside the view rather than in the
 * page's message tables: they belong to the seminar and change with it.
 */
import { currentLang } from '../i18n/index.ts';

const en = {
  bias: 'Bias: unhappy with fewer like neighbours than',
  diversity: 'Diversity demand: unhappy with more like neighbours than',
  density: 'Agents (share of cells occupied)',
  groupsCount: 'Groups',
  layout: 'Start',
  layout_random: 'mixed at random',
  layout_halves: 'segregated: halves',
  layout_stripes: 'segregated: stripes',
  layout_blocks: 'segregated: blocks',
  layout_grid: 'drawn / from a file',
  move: 'Unhappy agents move to',
  move_random: 'random empty cell',
  move_nearest: 'nearest cell it likes',
  move_walk: 'short random walk (NetLogo)',
  decide: 'Who moves',
  decide_onTurn: 'unhappy at its turn',
  decide_atTickStart: 'unhappy at tick start (NetLogo)',
  measure: '% similar counted as',
  measure_meanOfRatios: 'mean of ratios (Schelling)',
  measure_ratioOfSums: 'ratio of sums (NetLogo)',
  measure_polygons: 'Polygons (alone = 1; S)',
  short_meanOfRatios: 'mean of ratios',
  short_ratioOfSums: 'ratio of sums',
  short_polygons: 'Polygons',
  highlight: 'Mark the unhappy',
  similar: '% similar',
  unhappy: '% unhappy',
  moves: 'moves',
  tick: 'tick',
  segregationS: 'S (Polygons)',
  newGrid: 'new grid, paused',
  question: 'Ask the class',
  watch: 'Watch',
  prev: 'Back',
  next: 'Next',
  step: 'Step',
  draw: 'Draw',
  drawHint: 'Click or drag on the grid to paint; then start from the drawing.',
  brushEmpty: 'empty',
  useDrawing: 'Start from the drawing',
  loadLayout: 'Layout file…',
  dragRefused: 'Not moved',
  keys: 'Space: play / pause · →: one step',
  settled: 'settled',
  noBias: 'off',
  cityOrigin: 'Dissimilarity of quarters by origin (D)',
  cityIncome: 'Dissimilarity of quarters by income (D)',
} as const;

export type TeachKey = keyof typeof en;

const de: Record<TeachKey, string> = {
  bias: 'Vorliebe: unzufrieden mit weniger ähnlichen Nachbarn als',
  diversity: 'Wunsch nach Vielfalt: unzufrieden mit mehr ähnlichen Nachbarn als',
  density: 'Agenten (Anteil besetzter Zellen)',
  groupsCount: 'Gruppen',
  layout: 'Start',
  layout_random: 'zufällig gemischt',
  layout_halves: 'getrennt: Hälften',
  layout_stripes: 'getrennt: Streifen',
  layout_blocks: 'getrennt: Blöcke',
  layout_grid: 'gezeichnet / aus Datei',
  move: 'Unzufriedene ziehen in',
  move_random: 'zufällige leere Zelle',
  move_nearest: 'nächste passende Zelle',
  move_walk: 'kurzer Zufallsweg (NetLogo)',
  decide: 'Wer umzieht',
  decide_onTurn: 'unzufrieden, wenn dran',
  decide_atTickStart: 'unzufrieden zu Taktbeginn (NetLogo)',
  measure: '% ähnlich gezählt als',
  measure_meanOfRatios: 'Mittel der Anteile (Schelling)',
  measure_ratioOfSums: 'Anteil der Summen (NetLogo)',
  measure_polygons: 'Polygons (allein = 1; S)',
  short_meanOfRatios: 'Mittel der Anteile',
  short_ratioOfSums: 'Anteil der Summen',
  short_polygons: 'Polygons',
  highlight: 'Unzufriedene markieren',
  similar: '% ähnlich',
  unhappy: '% unzufrieden',
  moves: 'Umzüge',
  tick: 'Takt',
  segregationS: 'S (Polygons)',
  newGrid: 'neues Gitter, angehalten',
  question: 'Frage an die Gruppe',
  watch: 'Worauf achten',
  prev: 'Zurück',
  next: 'Weiter',
  step: 'Schritt',
  draw: 'Zeichnen',
  drawHint: 'Auf das Gitter klicken oder ziehen, um zu malen; dann mit der Zeichnung beginnen.',
  brushEmpty: 'leer',
  useDrawing: 'Mit der Zeichnung beginnen',
  loadLayout: 'Aufstellung aus Datei…',
  dragRefused: 'Nicht umgezogen',
  keys: 'Leertaste: Start / Pause · →: ein Takt',
  settled: 'zur Ruhe gekommen',
  noBias: 'aus',
  cityOrigin: 'Segregationsindex der Quartiere nach Herkunft (D)',
  cityIncome: 'Segregationsindex der Quartiere nach Einkommen (D)',
};

export function tt(key: TeachKey): string {
  return currentLang() === 'de' ? de[key] : en[key];
}

/** A text that follows the language switch: the view calls `relabel` on every element marked so. */
export function ttSpan(key: TeachKey): HTMLSpanElement {
  const span = document.createElement('span');
  span.dataset['teachText'] = key;
  span.textContent = tt(key);
  return span;
}

export function relabelTeach(root: ParentNode): void {
  for (const node of root.querySelectorAll<HTMLElement>('[data-teach-text]'))
    node.textContent = tt(node.dataset['teachText'] as TeachKey);
}
