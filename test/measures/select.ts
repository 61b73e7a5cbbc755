import { type MeasuresSelection, measuresSpec } from '../../sim/measures/params.ts';
import { defaultsOf } from '../../sim/params/spec.ts';

/** A measures selection: the defaults with some fields changed. */
export function selection(over: Partial<MeasuresSelection> = {}): MeasuresSelection {
  return { ...defaultsOf(measuresSpec.fields), ...over };
}
