// The yaml package, loaded on first use: a run with no YAML to read (the built-in pack comes from
// the build's JSON, --no-config) skips its ~20 ms load.
import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');
let yaml: Yaml | undefined;

export function yamlLibrary(): Yaml {
  return (yaml ??= createRequire(import.meta.url)('yaml') as Yaml);
}
