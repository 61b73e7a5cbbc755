/**
 * The one parameter declaration. Every knob of kiez is declared here once, with its unit, default,
 * range and a sentence of meaning; validation, defaults, the JSON Schema, the docs and the UI controls
 * all derive from these objects. Builders (`num`, `choice`, ...) keep literal types so that the
 * TypeScript type of a resolved scenario section is inferred from its declaration.
 */

export interface NumberSpec {
  readonly kind: 'number';
  readonly unit: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** Only whole numbers are allowed. */
  readonly integer?: boolean;
  /** Suggested increment for UI controls. */
  readonly step?: number;
  readonly meaning: string;
}

export interface BooleanSpec {
  readonly kind: 'boolean';
  readonly default: boolean;
  readonly meaning: string;
}

export interface ChoiceSpec<O extends string = string> {
  readonly kind: 'choice';
  readonly options: readonly O[];
  readonly default: O;
  readonly meaning: string;
}

export interface StringSpec {
  readonly kind: 'string';
  readonly default: string;
  readonly maxLength: number;
  readonly meaning: string;
}

/** A list of numbers; with `scalar`, one number stands for every item. */
export interface NumberListSpec {
  readonly kind: 'numbers';
  readonly unit: string;
  readonly default: readonly number[];
  readonly min: number;
  readonly max: number;
  readonly minItems: number;
  readonly maxItems: number;
  readonly integer?: boolean;
  readonly scalar?: boolean;
  readonly meaning: string;
}

export interface RecordSpec<F extends Fields = Fields> {
  readonly kind: 'record';
  readonly fields: F;
  readonly meaning: string;
  /** Cross-field rules; return problems relative to this record. */
  check?(value: Values<F>): readonly Problem[];
}

export interface RecordListSpec<F extends Fields = Fields> {
  readonly kind: 'records';
  readonly item: F;
  readonly default: readonly PartialValues<F>[];
  readonly minItems: number;
  readonly maxItems: number;
  readonly meaning: string;
  check?(value: Values<F>[]): readonly Problem[];
}

/** A list of tagged records (`{"type": "...", ...}`), e.g. policies. */
export interface VariantListSpec<V extends Record<string, Fields> = Record<string, Fields>> {
  readonly kind: 'variants';
  readonly variants: V;
  readonly variantMeanings: { readonly [K in keyof V]: string };
  readonly maxItems: number;
  readonly meaning: string;
}

export type Spec =
  | NumberSpec
  | BooleanSpec
  | ChoiceSpec
  | StringSpec
  | NumberListSpec
  | RecordSpec
  | RecordListSpec
  | VariantListSpec;

export type Fields = { readonly [key: string]: Spec };

export type ValueOf<S> = S extends NumberSpec
  ? number
  : S extends BooleanSpec
    ? boolean
    : S extends ChoiceSpec<infer O>
      ? O
      : S extends StringSpec
        ? string
        : S extends NumberListSpec
          ? number[]
          : S extends RecordSpec<infer F>
            ? Values<F>
            : S extends RecordListSpec<infer F>
              ? Values<F>[]
              : S extends VariantListSpec<infer V>
                ? VariantValue<V>[]
                : never;

export type Values<F extends Fields> = { -readonly [K in keyof F]: ValueOf<F[K]> };
export type PartialValues<F extends Fields> = { [K in keyof F]?: ValueOf<F[K]> };
export type VariantValue<V extends Record<string, Fields>> = {
  [K in keyof V & string]: { type: K } & Values<V[K]>;
}[keyof V & string];

export interface Problem {
  /** Dotted path into the document, e.g. `classic.shares[1]`. */
  readonly path: string;
  /** The offending value as written (undefined when missing). */
  readonly value: unknown;
  /** What is allowed, in plain words. */
  readonly allowed: string;
}

export const num = (s: Omit<NumberSpec, 'kind'>): NumberSpec => ({ kind: 'number', ...s });
export const int = (s: Omit<NumberSpec, 'kind' | 'integer'>): NumberSpec => ({
  kind: 'number',
  integer: true,
  ...s,
});
export const bool = (s: Omit<BooleanSpec, 'kind'>): BooleanSpec => ({ kind: 'boolean', ...s });
export const choice = <const O extends string>(s: Omit<ChoiceSpec<O>, 'kind'>): ChoiceSpec<O> => ({
  kind: 'choice',
  ...s,
});
export const str = (s: Omit<StringSpec, 'kind'>): StringSpec => ({ kind: 'string', ...s });
export const nums = (s: Omit<NumberListSpec, 'kind'>): NumberListSpec => ({ kind: 'numbers', ...s });
export const record = <const F extends Fields>(s: Omit<RecordSpec<F>, 'kind'>): RecordSpec<F> => ({
  kind: 'record',
  ...s,
});
export const records = <const F extends Fields>(s: Omit<RecordListSpec<F>, 'kind'>): RecordListSpec<F> => ({
  kind: 'records',
  ...s,
});
export const variants = <const V extends Record<string, Fields>>(
  s: Omit<VariantListSpec<V>, 'kind'>,
): VariantListSpec<V> => ({ kind: 'variants', ...s });

/** Defaults of a record of fields, as a fresh object. */
export function defaultsOf<F extends Fields>(fields: F): Values<F> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(fields)) out[key] = defaultOf(spec);
  return out as Values<F>;
}

export function defaultOf(spec: Spec): unknown {
  switch (spec.kind) {
    case 'numbers':
      return [...spec.default];
    case 'record':
      return defaultsOf(spec.fields);
    case 'records':
      return spec.default.map((item) => ({
        ...defaultsOf(spec.item),
        ...(JSON.parse(JSON.stringify(item)) as object),
      }));
    case 'variants':
      return [];
    default:
      return spec.default;
  }
}
