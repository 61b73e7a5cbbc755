/** Markdown reference of every parameter, generated from the declaration (`npx kiez params`). */
import type { Fields, Spec } from './spec.ts';
import { describeNumber } from './validate.ts';

export function allowedText(spec: Spec): string {
  switch (spec.kind) {
    case 'number':
      return describeNumber(spec);
    case 'numbers':
      return `${spec.scalar ? 'one number or ' : ''}${spec.minItems}-${spec.maxItems} items, each ${describeNumber(spec)}`;
    case 'boolean':
      return 'true / false';
    case 'choice':
      return spec.options.map((o) => `\`${o}\``).join(', ');
    case 'string':
      return `text, up to ${spec.maxLength} characters`;
    case 'record':
      return 'object';
    case 'records':
      return `${spec.minItems}-${spec.maxItems} objects`;
    case 'variants':
      return `up to ${spec.maxItems} of: ${Object.keys(spec.variants).join(', ')}`;
  }
}

function defaultText(spec: Spec): string {
  if (spec.kind === 'record' || spec.kind === 'records' || spec.kind === 'variants') return '';
  return `\`${JSON.stringify(spec.default)}\``;
}

/** One table row per leaf parameter, nested records flattened into dotted paths. */
export function docRows(fields: Fields, prefix = ''): string[] {
  const rows: string[] = [];
  for (const [key, spec] of Object.entries(fields)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const unit = spec.kind === 'number' || spec.kind === 'numbers' ? spec.unit : '';
    rows.push(`| \`${path}\` | ${unit} | ${defaultText(spec)} | ${allowedText(spec)} | ${spec.meaning} |`);
    if (spec.kind === 'record') rows.push(...docRows(spec.fields, path));
    if (spec.kind === 'records') rows.push(...docRows(spec.item, `${path}[]`));
    if (spec.kind === 'variants') {
      for (const [type, sub] of Object.entries(spec.variants)) {
        rows.push(`| \`${path}[type=${type}]\` | | | | ${spec.variantMeanings[type]} |`);
        rows.push(...docRows(sub, `${path}[type=${type}]`));
      }
    }
  }
  return rows;
}

export function docTable(fields: Fields): string {
  return [
    '| parameter | unit | default | allowed | meaning |',
    '| --- | --- | --- | --- | --- |',
    ...docRows(fields),
  ].join('\n');
}
