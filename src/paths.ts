// Where the package's own files live, from both src/ (tests) and dist/ (the built CLI).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const builtinRulesDir = join(packageRoot, 'rules');
export const schemasDir = join(packageRoot, 'schemas');

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}
