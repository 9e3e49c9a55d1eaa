import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltinRules, writeBuiltinCache } from '../../src/pack/builtin-cache.js';
import { listRuleFiles, loadRules } from '../../src/pack/load.js';
import { builtinRulesDir } from '../../src/paths.js';

describe('the built-in pack cache', () => {
  it('gives exactly the rules the YAML gives', () => {
    const dir = mkdtempSync(join(tmpdir(), 'commslint-pack-'));
    writeBuiltinCache(builtinRulesDir, join(dir, 'cache.json'));
    const fromCache = loadBuiltinRules(builtinRulesDir, join(dir, 'cache.json'));
    expect(fromCache).toEqual(loadRules(listRuleFiles([builtinRulesDir])));
  });

  it('is used while the YAML is unchanged, and ignored as soon as a rule file changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'commslint-pack-'));
    const rules = join(dir, 'rules');
    cpSync(join(import.meta.dirname, '../fixtures/rules-good'), rules, { recursive: true });
    const cache = join(dir, 'cache.json');
    writeBuiltinCache(rules, cache);
    // A marker only the cache holds proves the cache was read.
    writeFileSync(cache, readFileSync(cache, 'utf8').replace('"rationale":"', '"rationale":"FROM THE CACHE '));
    expect(loadBuiltinRules(rules, cache).some((r) => r.spec.rationale.startsWith('FROM THE CACHE'))).toBe(true);
    const file = listRuleFiles([rules])[0]!;
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n# edited\n`);
    expect(loadBuiltinRules(rules, cache).some((r) => r.spec.rationale.startsWith('FROM THE CACHE'))).toBe(false);
  });

  it('falls back to the YAML when there is no cache', () => {
    expect(loadBuiltinRules(builtinRulesDir, join(tmpdir(), 'no-such-cache.json')).length).toBe(listRuleFiles([builtinRulesDir]).length > 0 ? loadRules(listRuleFiles([builtinRulesDir])).length : 0);
  });
});
