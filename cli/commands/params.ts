/** `kiez params` (the parameter reference as Markdown) and `kiez schema` (the scenario JSON Schema). */
import { docTable } from '../../sim/params/docs.ts';
import { scenarioJsonSchema } from '../../sim/scenario/schema.ts';
import { scenarioFields } from '../../sim/scenario/spec.ts';

export async function paramsCommand(): Promise<number> {
  process.stdout.write(
    `# kiez parameters\n\nGenerated from the parameter declaration.\n\n${docTable(scenarioFields)}\n`,
  );
  return 0;
}

export async function schemaCommand(): Promise<number> {
  process.stdout.write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  return 0;
}
