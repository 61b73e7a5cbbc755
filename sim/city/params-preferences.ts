/**
 * Neighbourhood preferences by origin group (`behaviour.groupPreferences`): each group's weights on
 * its own group's share of the block, on other groups' shares, on status and on milieu, in a linear
 * or a threshold form. A group without an entry weighs its neighbours by the general weights
 * (`ownOriginWeight`, `statusWeight`, `milieuWeight`, linear), as before; the list is empty by
 * default, and the baseline and seminar-town presets set the asymmetric preferences the literature
 * reports (see sim/city/README.md, "Preferences by group").
 */
import { choice, num, type Problem, records, str } from '../params/spec.ts';
import { didYouMean } from '../params/suggest.ts';
import { MAX_CITY_GROUPS } from './params-households.ts';

const share = (d: number, meaning: string) =>
  num({ unit: 'share', default: d, min: 0, max: 1, step: 0.05, meaning });
const weight = (d: number, meaning: string) =>
  num({ unit: 'utility per unit', default: d, min: -10, max: 10, step: 0.1, meaning });

const groupName = (meaning: string) => str({ default: '', maxLength: 100, meaning });

export const groupPreferencesSpec = records({
  item: {
    group: groupName('Origin group whose preferences these are (a name in households.groups).'),
    form: choice({
      options: ['linear', 'threshold'],
      default: 'linear',
      meaning:
        '"linear": each share term is weight x share of the block; "threshold": each is weight x 1 when the share passes its threshold (own share at least ownThreshold, another group\'s share above its threshold), else 0: the tolerance thresholds of Schelling (1971) and of the neighbourhood-preference surveys (Farley et al. 1978, 1994; Clark 1991, 1992). Status and milieu stay linear.',
    }),
    ownWeight: weight(
      1,
      "Weight of the share of the group's own households in the block (as ownOriginWeight).",
    ),
    ownThreshold: share(
      0.2,
      'Threshold form: least share of the own group in the block that earns ownWeight (some co-ethnic presence, not isolation).',
    ),
    statusWeight: weight(
      1,
      "Weight of the block's status (share of high minus share of low incomes), as statusWeight.",
    ),
    milieuWeight: weight(
      0.5,
      'Weight of the share of households of the same milieu in the block, as milieuWeight.',
    ),
    others: records({
      item: {
        group: groupName('Another origin group (a name in households.groups).'),
        weight: weight(0, "Weight of that group's share of the block (negative = avoided)."),
        threshold: share(
          0.3,
          "Threshold form: that group's share of the block above which the weight applies (the group's tolerance).",
        ),
      },
      default: [],
      minItems: 0,
      maxItems: MAX_CITY_GROUPS,
      meaning: "Weights of other groups' shares of the block (groups not listed: 0).",
    }),
  },
  default: [],
  minItems: 0,
  maxItems: MAX_CITY_GROUPS,
  meaning:
    'Neighbourhood preferences by origin group, one entry per group at most; a group without one uses ownOriginWeight, statusWeight and milieuWeight (linear). Empty = the same preferences for every group.',
});

export interface PreferenceEntry {
  readonly group: string;
  readonly others: readonly { readonly group: string }[];
}

/** Every group named must be one of the city's, each at most once (and never its own entry's group among `others`). */
export function preferenceProblems(
  prefs: readonly PreferenceEntry[],
  groupNames: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  const allowed = (name: string) =>
    `an origin group of this city (${groupNames.join(', ')})${didYouMean(name, groupNames)}`;
  const seen = new Set<string>();
  prefs.forEach((p, i) => {
    const path = `behaviour.groupPreferences[${i}]`;
    if (!groupNames.includes(p.group))
      problems.push({ path: `${path}.group`, value: p.group, allowed: allowed(p.group) });
    else if (seen.has(p.group)) {
      problems.push({
        path: `${path}.group`,
        value: p.group,
        allowed: 'a group without an entry before this one',
      });
    }
    seen.add(p.group);
    const others = new Set<string>();
    p.others.forEach((o, j) => {
      const at = `${path}.others[${j}].group`;
      if (!groupNames.includes(o.group))
        problems.push({ path: at, value: o.group, allowed: allowed(o.group) });
      else if (o.group === p.group || others.has(o.group)) {
        problems.push({
          path: at,
          value: o.group,
          allowed: `a group other than "${p.group}" (its own share has ownWeight) and not listed before`,
        });
      }
      others.add(o.group);
    });
  });
  return problems;
}
