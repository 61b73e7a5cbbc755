/**
 * JSON Schema (draft 2020-12) generated from the parameter declaration, so that editors complete and
 * check scenario files. Cross-field rules (shares summing to 1, ...) are not expressible here; the
 * validator adds them.
 */
import { describeNumber } from './validate.ts';
import type { Fields, Spec } from './spec.ts';

type Schema = Record<string, unknown>;

export function schemaOf(spec: Spec): Schema {
  switch (spec.kind) {
    case 'number':
      return {
        type: spec.integer ? 'integer' : 'number',
        minimum: spec.min,
        maximum: spec.max,
        default: spec.default,
        description: `${spec.meaning} Unit: ${spec.unit}. Allowed: ${describeNumber(spec)}.`,
      };
    case 'boolean':
      return { type: 'boolean', default: spec.default, description: spec.meaning };
    case 'choice':
      return { enum: [...spec.options], default: spec.default, description: spec.meaning };
    case 'string':
      return { type: 'string', maxLength: spec.maxLength, default: spec.default, description: spec.meaning };
    case 'numbers': {
      const item = { type: spec.integer ? 'integer' : 'number', minimum: spec.min, maximum: spec.max };
      const list = { type: 'array', items: item, minItems: spec.minItems, maxItems: spec.maxItems };
      return {
        ...(spec.scalar ? { oneOf: [item, list] } : list),
        default: [...spec.default],
        description: `${spec.meaning} Unit: ${spec.unit}.`,
      };
    }
    case 'record':
      return { ...objectSchema(spec.fields), description: spec.meaning };
    case 'records':
      return {
        type: 'array',
        items: objectSchema(spec.item),
        minItems: spec.minItems,
        maxItems: spec.maxItems,
        description: spec.meaning,
      };
    case 'variants':
      return {
        type: 'array',
        maxItems: spec.maxItems,
        description: spec.meaning,
        items: {
          oneOf: Object.entries(spec.variants).map(([type, fields]) => {
            const obj = objectSchema(fields);
            return {
              ...obj,
              description: spec.variantMeanings[type],
              required: ['type'],
              properties: { type: { const: type }, ...(obj['properties'] as Schema) },
            };
          }),
        },
      };
  }
}

export function objectSchema(fields: Fields): Schema {
  const properties: Schema = {};
  for (const [key, spec] of Object.entries(fields)) properties[key] = schemaOf(spec);
  return { type: 'object', additionalProperties: false, properties };
}
