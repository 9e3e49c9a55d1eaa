// ajv validators for the JSON schemas in schemas/, compiled on first use: a run with the built-in
// pack and no config file never pays for ajv (~100 ms of start-up).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ajv as AjvType, ValidateFunction } from 'ajv';
import { lazyRequire } from './lazy-require.js';
import { schemasDir } from './paths.js';

const ajvPackage = lazyRequire<typeof import('ajv')>('ajv');

let ajv: AjvType | undefined;

function instance(): AjvType {
  if (!ajv) {
    const { Ajv } = ajvPackage();
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
