// The built-in pack as already-validated JSON, written by the build (scripts/cache-builtin-pack.mjs).
// Reading 37 YAML files and validating them with ajv is ~40 % of a one-file run's start-up. The
// JSON carries a hash of the YAML it came from, so an edited rule file is never shadowed by a
// stale copy: the YAML is read (cheap) and hashed on every start, and only parsed when it changed.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtinRulesDir, packageRoot } from '../paths.js';
import { CUE_PATTERNS } from '../segment/cue-words.js';
import { rememberLiterals, requiredLiteralGroups } from '../segment/pattern-hints.js';
import { listRuleFiles, loadRules } from './load.js';
import type { LoadedRule } from './spec.js';

const CACHE_FILE = join(packageRoot, 'dist', 'builtin-rules.json');
const CACHE_FORMAT = 'literal-groups-1\0';

interface CacheData {
  hash: string;
  rules: { spec: LoadedRule['spec']; file: string }[];
  /** Each pattern's required literal groups (segment/pattern-hints.ts), by the pattern as written; the engine's cue patterns too. */
  literals: Record<string, string[][] | null>;
}

function patternSources(rules: LoadedRule[]): string[] {
  return rules.flatMap(({ spec }) => [spec.patterns, ...(spec.sets ?? []).map((s) => s.patterns)].flatMap((p) => [...(p?.zh ?? []), ...(p?.en ?? [])]));
}

function hashOf(dir: string, files: string[]): string {
  // The format's version is hashed too: a build of other code never reads this one's answers.
  const hash = createHash('sha256').update(CACHE_FORMAT);
  for (const file of files) hash.update(relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** The built-in rules: from the build's JSON when it matches the YAML, else from the YAML itself. */
export function loadBuiltinRules(dir = builtinRulesDir, cacheFile = CACHE_FILE): LoadedRule[] {
  const files = listRuleFiles([dir]);
  try {
    const data = JSON.parse(readFileSync(cacheFile, 'utf8')) as CacheData;
    if (data.hash === hashOf(dir, files)) {
      rememberLiterals(data.literals);
      return data.rules.map((r) => ({ spec: r.spec, file: join(packageRoot, r.file) }));
    }
  } catch {
    // No cache (a source checkout before its first build): read the YAML.
  }
  return loadRules(files);
}

/** Validates the built-in YAML (throwing on any problem) and writes the JSON the next starts read. */
export function writeBuiltinCache(dir = builtinRulesDir, cacheFile = CACHE_FILE): void {
  const files = listRuleFiles([dir]);
  const rules = loadRules(files);
  const literals = Object.fromEntries([...patternSources(rules), ...CUE_PATTERNS].map((source) => [source, requiredLiteralGroups(source) ?? null]));
  const data: CacheData = { hash: hashOf(dir, files), rules: rules.map((r) => ({ spec: r.spec, file: relative(packageRoot, r.file) })), literals };
  writeFileSync(cacheFile, JSON.stringify(data));
}
