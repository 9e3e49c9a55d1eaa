// The built-in pack's words, read straight from its YAML (shapes in src/pack/spec.ts): the peers'
// dictionary and the term-regex floor are built from the same lists commslint compiles.
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { parse } from 'yaml';

export function readRuleSpecs(rulesDir) {
  return fg.sync('**/*.yaml', { cwd: rulesDir, absolute: true }).sort().map((f) => parse(readFileSync(f, 'utf8')));
}

/** Terms by language (existence and cooccurrence terms, substitution swaps) and raw patterns. */
export function ruleWords(spec) {
  const parts = [spec, ...(spec.sets ?? [])];
  const terms = { zh: [], en: [] };
  const patterns = [];
  for (const lang of ['zh', 'en']) {
    terms[lang].push(...Object.keys(spec.swap?.[lang] ?? {}));
    for (const part of parts) {
      terms[lang].push(...(part.terms?.[lang] ?? []));
      patterns.push(...(part.patterns?.[lang] ?? []));
    }
  }
  return { terms, patterns };
}

export const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** One alternation of every term of the pack, longest first: the naive linter's single pass. */
export function termRegex(specs) {
  const all = new Set(specs.flatMap((s) => { const { terms } = ruleWords(s); return [...terms.zh, ...terms.en]; }));
  return new RegExp([...all].sort((a, b) => b.length - a.length).map(escapeRegex).join('|'), 'giu');
}
