/** Measure labels in the page's current language (see labels.ts for how they are built). */
import { currentLang } from '../i18n/index.ts';
import { describeMeasure, groupedMeasures, type MeasureInfo } from './labels.ts';

export function measureInfo(name: string): MeasureInfo {
  return describeMeasure(name, currentLang());
}

export function measureGroups(names: readonly string[]): ReturnType<typeof groupedMeasures> {
  return groupedMeasures(names, currentLang());
}

/** A measure's label with its unit, for axis titles and table headers: `mean housing cost (EUR/month)`. */
export function measureWithUnit(name: string): string {
  const m = measureInfo(name);
  return `${m.label} (${m.unitLabel})`;
}
