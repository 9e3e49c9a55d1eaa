// Where the package's own files live, from src/ (tests), dist/ (the library) and dist/bundle/
// (the bundled CLI and language server): the nearest folder up that holds package.json.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`commslint: no package.json above ${from}; reinstall commslint.`);
  }
}

export const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
export const builtinRulesDir = join(packageRoot, 'rules');
export const schemasDir = join(packageRoot, 'schemas');

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}
