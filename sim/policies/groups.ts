/** Which origin groups a lever applies to, named in a comma-separated list. */
import { str } from '../params/spec.ts';

export const groupsField = (meaning: string) => str({ default: '', maxLength: 500, meaning });

export function namesOf(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * 1 for each group the lever applies to: the groups named in `text`, or, when it is empty, every
 * group not named in `nativeGroups` (households with a migration background).
 */
export function groupMask(text: string, groupNames: readonly string[], nativeGroups: string): Uint8Array {
  const named = namesOf(text);
  const natives = namesOf(nativeGroups);
  return Uint8Array.from(groupNames, (g) =>
    (named.length > 0 ? named.includes(g) : !natives.includes(g)) ? 1 : 0,
  );
}

/** Names in `text` that are not groups of the city. */
export function unknownGroups(text: string, groupNames: readonly string[]): string[] {
  return namesOf(text).filter((n) => !groupNames.includes(n));
}
