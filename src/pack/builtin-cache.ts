// The built-in pack as already-validated JSON, written by the build (scripts/cache-builtin-pack.mjs).
// Reading 37 YAML files and validating them with ajv is ~40 % of a one-file run's start-up. The
// JSON carries a hash of the YAML it came from, so an edited rule file is never shadowed by a
// stale copy: the YAML is read (cheap) and hashed on every start, and only parsed when it changed.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtinRulesDir, packageRoot } from '../paths.js';
import { listRuleFiles, loadRules } from './load.js';
import type { LoadedRule } from './spec.js';

const CACHE_FILE = join(packageRoot, 'dist', 'builtin-rules.json');

interface CacheData {
  hash: string;
  rules: { spec: LoadedRule['spec']; file: string }[];
}

function hashOf(dir: string, files: string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** The built-in rules: from the build's JSON when it matches the YAML, else from the YAML itself. */
export function loadBuiltinRules(dir = builtinRulesDir, cacheFile = CACHE_FILE): LoadedRule[] {
  const files = listRuleFiles([dir]);
  try {
    const data = JSON.parse(readFileSync(cacheFile, 'utf8')) as CacheData;
    if (data.hash === hashOf(dir, files)) return data.rules.map((r) => ({ spec: r.spec, file: join(packageRoot, r.file) }));
  } catch {
    // No cache (a source checkout before its first build): read the YAML.
  }
  return loadRules(files);
}

/** Validates the built-in YAML (throwing on any problem) and writes the JSON the next starts read. */
export function writeBuiltinCache(dir = builtinRulesDir, cacheFile = CACHE_FILE): void {
  const files = listRuleFiles([dir]);
  const data: CacheData = { hash: hashOf(dir, files), rules: loadRules(files).map((r) => ({ spec: r.spec, file: relative(packageRoot, r.file) })) };
  writeFileSync(cacheFile, JSON.stringify(data));
}
