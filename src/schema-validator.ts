// ajv validators for the JSON schemas in schemas/, compiled on first use: a run with the built-in
// pack and no config file never pays for ajv (~100 ms of start-up).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Ajv as AjvType, ValidateFunction } from 'ajv';
import { schemasDir } from './paths.js';

let ajv: AjvType | undefined;

function instance(): AjvType {
  if (!ajv) {
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
  }
  return ajv;
}

/** The validator of `ref` (e.g. `rule.schema.json#/definitions/rule`), its schema file read once. */
export function lazyValidator<T>(schemaFile: string, fragment = ''): () => ValidateFunction<T> {
  let validate: ValidateFunction<T> | undefined;
  return () => {
    if (!validate) {
      const a = instance();
      if (!a.getSchema(schemaFile)) a.addSchema(JSON.parse(readFileSync(join(schemasDir, schemaFile), 'utf8')) as object, schemaFile);
      validate = a.getSchema(`${schemaFile}${fragment}`) as ValidateFunction<T>;
    }
    return validate;
  };
}
