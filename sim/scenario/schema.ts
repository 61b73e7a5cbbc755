/** The scenario JSON Schema, generated from the declaration (shipped as scenarios/scenario.schema.json). */
import { objectSchema } from '../params/schema.ts';
import { KIEZ_VERSION } from '../version.ts';
import { scenarioFields } from './spec.ts';

export function scenarioJsonSchema(): Record<string, unknown> {
  const base = objectSchema(scenarioFields);
  const properties = {
    $schema: { type: 'string', description: 'Path or URL of this schema, for editors.' },
    extends: {
      type: 'string',
      description:
        'Another scenario (file next to this one, or a preset name) whose values this one overrides.',
    },
    ...(base['properties'] as object),
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://kiez.example/scenario.schema.json',
    title: `kiez scenario (kiez ${KIEZ_VERSION})`,
    ...base,
    properties,
  };
}
